package dev.p2caudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.p2caudit.ui.session.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private final List<Long> fetchedOffsets = new ArrayList<>();
    private final List<int[]> arrivals = new ArrayList<>();
    private final PageCache<Integer> cache = new PageCache<>(Background.direct(), (a, b) -> arrivals.add(new int[] {a, b}));

    @Test
    void onlyThePagesAskedForAreReadAndEachOnce() {
        cache.reset(this::rows, 1_000_000);

        assertThat(cache.get(950_123)).isNull();
        assertThat(cache.get(950_123)).isEqualTo(950_123);
        assertThat(cache.get(950_199)).isEqualTo(950_199);
        assertThat(cache.get(5)).isNull();
        assertThat(cache.get(5)).isEqualTo(5);

        assertThat(fetchedOffsets).containsExactly(950_100L, 0L);
        assertThat(arrivals).extracting(a -> a[0] + "-" + a[1]).containsExactly("950100-950199", "0-99");
        assertThat(cache.fetches()).isEqualTo(2);
    }

    @Test
    void rowsOutsideTheListingAreNothingAndTheLastPageIsShort() {
        cache.reset(this::rows, 250);

        assertThat(cache.get(-1)).isNull();
        assertThat(cache.get(250)).isNull();
        cache.get(249);
        assertThat(cache.loaded(249)).isTrue();
        assertThat(arrivals.get(0)).containsExactly(200, 249);
        assertThat(fetchedOffsets).containsExactly(200L);
    }

    @Test
    void aNewListingDropsWhatWasCachedAndLatePagesOfTheOldOne() {
        cache.reset(this::rows, 1000);
        cache.get(0);
        cache.reset((offset, limit) -> List.of(-1, -2), 2);

        assertThat(cache.loaded(0)).isFalse();
        cache.get(0);
        assertThat(cache.get(1)).isEqualTo(-2);
    }

    @Test
    void onlyARecentWindowOfPagesIsKept() {
        cache.reset(this::rows, 1_000_000);
        IntStream.range(0, 100).forEach(page -> cache.get(page * PageCache.PAGE));

        assertThat(cache.loaded(0)).isFalse();
        assertThat(cache.loaded(99 * PageCache.PAGE)).isTrue();
    }

    private List<Integer> rows(long offset, int limit) {
        fetchedOffsets.add(offset);
        List<Integer> rows = new ArrayList<>();
        for (long i = offset; i < Math.min(offset + limit, cache.size()); i++) {
            rows.add((int) i);
        }
        return rows;
    }
}
