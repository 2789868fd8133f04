package dev.p2caudit.checks;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over the few records that matched something (path halving, union by root order). */
final class UnionFind {

    private final Map<Integer, Integer> parent = new HashMap<>();

    int find(int x) {
        int node = x;
        while (parent.containsKey(node) && parent.get(node) != node) {
            int grandparent = parent.get(parent.get(node));
            parent.put(node, grandparent);
            node = grandparent;
        }
        return node;
    }

    /** Joins the sets of a and b; the smaller root stands for both, so roots are stable. */
    void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA != rootB) {
            parent.putIfAbsent(rootA, rootA);
            parent.putIfAbsent(rootB, rootB);
            parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
        }
    }
}
