package dev.p2caudit.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which rules must run in order on one thread, and the order the two threads take them in (ADR 0006). */
final class RuleQueue {

    /**
     * Families whose rules read what earlier rules of the chain wrote: the fuzzy duplicate rules
     * leave out pairs an exact rule already grouped, so every exact rule runs before them.
     */
    private static final List<String> CHAINED = List.of("duplicate", "duplicate-fuzzy");

    private RuleQueue() {
    }

    /**
     * The order the lanes take the chains in: the longest chain (the duplicate rules, about a
     * sixth of the audit at scale) first, so it does not run alone at the end; then one rule of
     * each table in turn, so that the two lanes mostly work on different tables instead of one
     * waiting for the working table (a pairing, a reference map) the other is building for both.
     */
    static List<List<RuleDef>> queued(List<List<RuleDef>> chains) {
        List<List<RuleDef>> queue = new ArrayList<>();
        Map<String, ArrayDeque<List<RuleDef>>> byTable = new LinkedHashMap<>();
        for (List<RuleDef> chain : chains) {
            if (chain.size() > 1) {
                queue.add(chain);
            } else {
                RuleDef rule = chain.get(0);
                String table = rule.table() == null ? rule.id() : rule.table().id();
                byTable.computeIfAbsent(table, t -> new ArrayDeque<>()).add(chain);
            }
        }
        while (!byTable.isEmpty()) {
            for (Iterator<ArrayDeque<List<RuleDef>>> it = byTable.values().iterator(); it.hasNext(); ) {
                ArrayDeque<List<RuleDef>> table = it.next();
                queue.add(table.poll());
                if (table.isEmpty()) {
                    it.remove();
                }
            }
        }
        return queue;
    }

    /** Each rule on its own, except the {@link #CHAINED} families: one chain, in catalogue order. */
    static List<List<RuleDef>> chains(List<RuleDef> rules) {
        List<List<RuleDef>> chains = new ArrayList<>();
        List<RuleDef> chained = new ArrayList<>();
        for (RuleDef rule : rules) {
            if (CHAINED.contains(rule.family())) {
                if (chained.isEmpty()) {
                    chains.add(chained);
                }
                chained.add(rule);
            } else {
                chains.add(List.of(rule));
            }
        }
        return chains;
    }
}
