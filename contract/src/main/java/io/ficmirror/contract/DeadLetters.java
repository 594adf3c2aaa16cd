package io.ficmirror.contract;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * How every consumer dead-letters an event it cannot handle: to its own topic (see {@link Topics}), with the original
 * bytes as the value, the original headers, and where it came from and why in the headers SmallRye's own dead-letter
 * handling uses, so one tool reads them all.
 */
public final class DeadLetters {
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** Set by SmallRye on a record whose value could not be deserialized; the value is then null. */
    public static final String UNREADABLE_REASON = "deserialization-failure-reason";
    private static final String UNREADABLE_DATA = "deserialization-failure-data";

    private DeadLetters() {
    }

    public static RecordHeaders headers(ConsumerRecord<?, ?> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add(REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add(PARTITION, Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add(OFFSET, Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** The bytes the record arrived with: kept by SmallRye when unreadable, else the value written again. */
    public static <V> byte[] originalBytes(ConsumerRecord<?, V> record, Function<V, byte[]> serializer) {
        if (record.value() == null) {
            Header data = record.headers().lastHeader(UNREADABLE_DATA);
            return data == null ? new byte[0] : data.value();
        }
        return serializer.apply(record.value());
    }
}
