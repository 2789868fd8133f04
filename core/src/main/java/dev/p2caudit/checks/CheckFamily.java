package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;

/** Runs the rules of one family: one small class, usually one SQL statement per rule. */
interface CheckFamily {

    /**
     * @param snapshot the snapshot to check; {@code null} for rules that look at both at once
     *                 (reconciliation, inputs)
     */
    void run(RuleDef rule, Snapshot snapshot, CheckContext context);
}
