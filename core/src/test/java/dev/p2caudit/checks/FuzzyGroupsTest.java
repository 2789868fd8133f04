package dev.p2caudit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairs become groups: A~B and B~C are one group A, B, C, even though A and C do not match. */
class FuzzyGroupsTest {

    @Test
    void matchesMergeIntoGroupsTransitively() {
        List<FuzzyMatcher.Match> matches = List.of(new FuzzyMatcher.Match(0, 1, 0.95),
                new FuzzyMatcher.Match(3, 4, 1.0), new FuzzyMatcher.Match(1, 2, 0.93));

        List<List<FuzzyMatcher.Match>> groups = FuzzyGroups.merge(matches);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(m -> m.first + "-" + m.second).containsExactly("0-1", "1-2");
        assertThat(groups.get(1)).extracting(m -> m.first + "-" + m.second).containsExactly("3-4");
    }

    @Test
    void aChainJoinedAtItsEndsIsStillOneGroup() {
        List<FuzzyMatcher.Match> matches = List.of(new FuzzyMatcher.Match(5, 9, 0.95),
                new FuzzyMatcher.Match(2, 7, 0.95), new FuzzyMatcher.Match(7, 9, 0.95));

        assertThat(FuzzyGroups.merge(matches)).singleElement().asList().hasSize(3);
    }
}
