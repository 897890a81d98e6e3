package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingNotificationsTest {
    private final NotificationQueue queue = new NotificationQueue();
    private final PendingNotifications listener = new PendingNotifications(1, 7, queue);
    private final PendingNotifications sender = new PendingNotifications(2, 7, queue);

    private List<String> inbox() {
        return queue.take(1).stream().map(n -> n.channel() + ":" + n.payload() + "@" + n.processId()).toList();
    }

    @Test
    void duplicatesAreSentOnceInFirstSentOrder() {
        listener.listen("a");
        listener.listen("b");
        listener.commit();
        sender.notify("b", "x");
        sender.notify("a", null);
        sender.notify("b", "x");
        sender.notify("c", "unheard");
        assertThat(inbox()).isEmpty();
        sender.commit();
        assertThat(inbox()).containsExactly("b:x@2", "a:@2");
    }

    @Test
    void rollbackToASavepointForgetsWhatCameAfterIt() {
        listener.listen("a");
        listener.commit();
        sender.notify("a", "kept");
        sender.savepoint();
        sender.notify("a", "dropped");
        sender.rollbackTo(0);
        sender.notify("a", "after");
        sender.release(0);
        sender.commit();
        assertThat(inbox()).containsExactly("a:kept@2", "a:after@2");
    }

    @Test
    void listenTakesEffectAtCommitAndRollbackForgetsIt() {
        listener.listen("a");
        sender.notify("a", "early");
        sender.commit();
        listener.rollback();
        listener.listen("a");
        listener.commit();
        sender.notify("a", "late");
        sender.commit();
        assertThat(inbox()).containsExactly("a:late@2");
        assertThat(queue.usage()).isZero();
        listener.unlisten(null);
        listener.commit();
        assertThat(listener.listening()).isEmpty();
    }

    @Test
    void anotherDatabaseHearsNothing() {
        PendingNotifications elsewhere = new PendingNotifications(3, 8, queue);
        listener.listen("a");
        listener.commit();
        elsewhere.notify("a", "x");
        elsewhere.commit();
        assertThat(inbox()).isEmpty();
    }

    @Test
    void unreadNotificationsCountInTheQueueUsage() {
        listener.listen("a");
        listener.commit();
        sender.notify("a", "x");
        sender.commit();
        assertThat(queue.usage()).isPositive();
        queue.take(1);
        assertThat(queue.usage()).isZero();
    }

    @Test
    void channelNamesAndPayloadsAreChecked() {
        assertThatThrownBy(() -> sender.notify("", "x")).hasMessage("channel name cannot be empty");
        assertThatThrownBy(() -> sender.notify("c".repeat(64), "x")).hasMessage("channel name too long");
        assertThatThrownBy(() -> sender.notify("c", "x".repeat(8000))).hasMessage("payload string too long");
    }
}
