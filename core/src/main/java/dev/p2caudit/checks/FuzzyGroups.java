package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The groups of a fuzzy rule in a snapshot: matching pairs that no exact rule already grouped,
 * merged transitively (A~B and B~C make one group A, B, C), written as {@link DuplicateGroups}. A
 * group's score is its weakest link.
 */
final class FuzzyGroups {

    private FuzzyGroups() {
    }

    static DuplicateGroups groups(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        DuplicateGroups groups = DuplicateGroups.of(rule, snapshot);
        if (ctx.temp.exists(groups.members())) {
            return groups;
        }
        List<FuzzyRecord> records = FuzzyColumns.of(rule.table()).load(ctx, snapshot);
        ExactGroups.Membership exact = ExactGroups.of(ctx, snapshot, rule.table());
        List<FuzzyMatcher.Match> matches = new FuzzyMatcher(records, ctx.profile.decimal("fuzzyThreshold").doubleValue())
                .matches();
        matches.removeIf(m -> exact.together(records.get(m.first).rid(), records.get(m.second).rid()));
        write(ctx, groups, records, merge(matches));
        return groups;
    }

    /** Connected components of the matches, each as its matches, ordered by their first record. */
    static List<List<FuzzyMatcher.Match>> merge(List<FuzzyMatcher.Match> matches) {
        UnionFind components = new UnionFind();
        matches.forEach(m -> components.union(m.first, m.second));
        Map<Integer, List<FuzzyMatcher.Match>> groups = new TreeMap<>();
        for (FuzzyMatcher.Match m : matches) {
            groups.computeIfAbsent(components.find(m.first), root -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(groups.values());
    }

    private static void write(CheckContext ctx, DuplicateGroups groups, List<FuzzyRecord> records,
                              List<List<FuzzyMatcher.Match>> found) {
        List<String> gids = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        List<String> memberGids = new ArrayList<>();
        List<String> memberRids = new ArrayList<>();
        for (int g = 0; g < found.size(); g++) {
            List<FuzzyMatcher.Match> group = found.get(g);
            String gid = Integer.toString(g + 1);
            gids.add(gid);
            matched.add(describe(records, group));
            scores.add(String.format(Locale.ROOT, "%.3f", group.stream().mapToDouble(m -> m.score).min().orElse(0)));
            for (int member : members(group)) {
                memberGids.add(gid);
                memberRids.add(Long.toString(records.get(member).rid()));
            }
        }
        // Several UNNESTs in one SELECT walk their lists side by side, one row per position.
        ctx.temp.create(groups.groups(), "SELECT CAST(UNNEST(CAST(? AS VARCHAR[])) AS BIGINT) AS gid,"
                + " UNNEST(CAST(? AS VARCHAR[])) AS matched, UNNEST(CAST(? AS VARCHAR[])) AS score",
                List.of(array(gids), array(matched), array(scores)));
        ctx.temp.create(groups.members(), "SELECT CAST(UNNEST(CAST(? AS VARCHAR[])) AS BIGINT) AS gid,"
                + " CAST(UNNEST(CAST(? AS VARCHAR[])) AS BIGINT) AS rid", List.of(array(memberGids), array(memberRids)));
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static Set<Integer> members(List<FuzzyMatcher.Match> group) {
        Set<Integer> members = new LinkedHashSet<>();
        group.forEach(m -> {
            members.add(m.first);
            members.add(m.second);
        });
        return members;
    }

    /** "names equal once folded ('contoso'); same city 'seattle', same country 'us'". */
    private static String describe(List<FuzzyRecord> records, List<FuzzyMatcher.Match> group) {
        List<String> names = members(group).stream().map(i -> "'" + records.get(i).name().shown() + "'").distinct()
                .toList();
        String how = names.size() == 1 ? "names equal once folded (" + names.get(0) + ")"
                : "similar names (" + String.join(", ", names) + ")";
        Map<MatchSignal, String> signals = new EnumMap<>(MatchSignal.class);
        group.forEach(m -> m.signals.forEach(signals::putIfAbsent));
        return how + "; " + signals.entrySet().stream().map(e -> "same " + e.getKey().label + " '" + e.getValue() + "'")
                .collect(Collectors.joining(", "));
    }
}
