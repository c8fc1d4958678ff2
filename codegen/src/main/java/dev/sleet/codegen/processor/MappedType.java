package dev.sleet.codegen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * How a component's Java type is stored, as the generated code needs it.
 *
 * @param kind      which column class the generated field uses
 * @param valueType the component's type, boxed
 * @param sqlType   code that yields the {@code SqlType}
 * @param storage   the declared column type: INTEGER, REAL, TEXT or BLOB
 */
record MappedType(Kind kind, TypeName valueType, CodeBlock sqlType, String storage) {

    /** The column classes. */
    enum Kind {
        /** {@code StringColumn}. */
        STRING,
        /** {@code NumberColumn<N>}. */
        NUMBER,
        /** {@code BooleanColumn}. */
        BOOLEAN,
        /** {@code SqlColumn<T>}. */
        OTHER
    }
}
