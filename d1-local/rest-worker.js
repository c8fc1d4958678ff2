// Answers the paths and JSON shapes of Cloudflare's D1 REST API over local D1 bindings, so that
// Sleet's remote driver can be tested end to end against real local D1 under `wrangler dev --local`.
//   POST /client/v4/accounts/:account/d1/database/:database/(query|raw)
//   body {"sql", "params"} or {"batch": [{"sql", "params"}, ...]}; header Authorization: Bearer <env.API_TOKEN>
// The database id in the path is the name of a D1 binding of this Worker, so one server can hold several
// independent databases.
// A single statement that can only read (SELECT, VALUES, a reporting PRAGMA; not WITH, which may prefix a write)
// answers through raw() so that repeated column names survive, with meta made up here (raw() returns none); every
// other request runs through batch(), which gives D1's own meta and commits all statements or none. Rows become
// arrays (/raw) or objects (/query); BLOBs are arrays of byte values, as D1 sends them.

const READ_ONLY = /^\s*(select|values|pragma\s+\w+\s*(;|$))/i;

function reply(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function failure(status, code, message) {
  return reply(status, { result: [], success: false, errors: [{ code, message }], messages: [] });
}

function plain(value) {
  if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  return value;
}

function shape(columns, rows, raw) {
  const plainRows = rows.map((row) => row.map(plain));
  if (raw) return { columns, rows: plainRows };
  return plainRows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const route = url.pathname.match(/^\/client\/v4\/accounts\/([^/]+)\/d1\/database\/([^/]+)\/(query|raw)$/);
    if (request.method !== "POST" || !route) return failure(404, 7404, "Could not route to " + url.pathname);
    if (request.headers.get("authorization") !== "Bearer " + env.API_TOKEN) {
      return failure(401, 10000, "Authentication error");
    }
    const db = env[route[2]];
    if (!db || typeof db.prepare !== "function") {
      return failure(404, 7404, "Could not route to database " + route[2]);
    }
    let body;
    try {
      body = await request.json();
    } catch (e) {
      return failure(400, 7400, "The request is malformed: the body is not JSON");
    }
    const raw = route[3] === "raw";
    const statements = Array.isArray(body.batch) ? body.batch : [body];
    try {
      const prepared = statements.map((s) => db.prepare(s.sql).bind(...(s.params || [])));
      if (!Array.isArray(body.batch) && READ_ONLY.test(statements[0].sql)) {
        const started = Date.now();
        const [columns, ...rows] = await prepared[0].raw({ columnNames: true });
        const meta = { duration: Date.now() - started, changes: 0, last_row_id: 0, changed_db: false };
        return reply(200, { result: [{ results: shape(columns, rows, raw), success: true, meta }], errors: [],
          messages: [], success: true });
      }
      const outcomes = await db.batch(prepared);
      const result = outcomes.map((outcome) => {
        const objects = outcome.results || [];
        const columns = objects.length > 0 ? Object.keys(objects[0]) : [];
        const rows = objects.map((o) => columns.map((c) => o[c]));
        return { results: shape(columns, rows, raw), success: true, meta: outcome.meta };
      });
      return reply(200, { result, errors: [], messages: [], success: true });
    } catch (e) {
      return failure(400, 7500, String(e && e.message ? e.message : e));
    }
  },
};
