package dev.olifant.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Index access waits for an index build running in the background (after crash recovery). */
class TableStorageTest {
    @SuppressWarnings("unchecked")
    static OrderedIndex index() {
        Comparator<Object> c = (a, b) -> ((Integer) a).compareTo((Integer) b);
        return new OrderedIndex(new IndexKeyOrder(new Comparator[] {c}, new boolean[] {false}, new boolean[] {false}));
    }

    @Test
    void indexAccessWaitsUntilTheBackgroundBuildCompletes() throws Exception {
        TableStorage s = new TableStorage();
        CompletableFuture<Integer> build = new CompletableFuture<>();
        s.indexesBuiltBy(build);
        CompletableFuture<OrderedIndex> reader = CompletableFuture.supplyAsync(() -> s.index(7));
        CompletableFuture<Integer> lister = CompletableFuture.supplyAsync(() -> s.indexes().size());
        Thread.sleep(100);
        assertThat(reader).isNotDone();
        assertThat(lister).isNotDone();
        OrderedIndex built = index();
        s.addBuiltIndex(7, built);
        build.complete(1);
        assertThat(reader.get(10, TimeUnit.SECONDS)).isSameAs(built);
        assertThat(lister.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void aFailedBuildFailsIndexAccess() {
        TableStorage s = new TableStorage();
        CompletableFuture<Integer> build = new CompletableFuture<>();
        s.indexesBuiltBy(build);
        build.completeExceptionally(new OutOfMemoryError("test"));
        assertThatThrownBy(() -> s.index(7)).isInstanceOf(CompletionException.class);
        assertThatThrownBy(s::indexes).isInstanceOf(CompletionException.class);
    }

    @Test
    void withoutABuildIndexesAreThereAtOnce() {
        TableStorage s = new TableStorage();
        OrderedIndex ix = index();
        s.addIndex(3, ix);
        assertThat(s.index(3)).isSameAs(ix);
        s.dropIndex(3);
        assertThat(s.indexes()).isEmpty();
    }
}
