package dev.sleet.migrate;

import java.util.List;

/**
 * {@code d1:generate} would lose data (or guess a rename) and the user has not allowed it. The message lists each
 * loss and how to proceed.
 */
public class MigrationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> losses;

    /** Creates the exception for the losses a plan would cause. */
    public MigrationRefusedException(List<String> losses) {
        super("Sleet will not write this migration, because it would lose data:\n  - " + String.join("\n  - ", losses)
                + "\nDeclare renames with @RenamedFrom, or, if the loss is intended, run again with -Dd1.allowDataLoss=true "
                + "(or <allowDataLoss>true</allowDataLoss> in the plugin's configuration).");
        this.losses = List.copyOf(losses);
    }

    /** What would be lost. */
    public List<String> losses() {
        return losses;
    }
}
