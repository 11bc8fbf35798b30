import Foundation

extension Schema {
    /// What keeps a report over a year of a large store under a second:
    /// - `segments_report`: every column a report reads, in start order, so a report reads the
    ///   index alone instead of one table row per segment (random reads when segments were not
    ///   written in start order, as after an import of old mail).
    /// - `message_counts`: customers' and people's messages (not automatic ones, not notes) per
    ///   quarter hour (UTC), channel and direction, kept by triggers on every insert, delete and
    ///   change of a message, so messages in and out over a year are a few thousand rows to add up
    ///   rather than a million to read. Quarter hours, because every time zone's offset today is a
    ///   whole number of them: a local day is a whole number of buckets.
    static let reportSpeed = """
    CREATE INDEX segments_report ON segments(started_at, closed_at, first_response_at, first_response_agent_id, replies,
                                             reopened, csat_asked_at, channel, conversation_id);
    CREATE TABLE message_counts (
        bucket INTEGER NOT NULL,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (bucket, channel, direction)
    ) WITHOUT ROWID;
    INSERT INTO message_counts (bucket, channel, direction, count)
        SELECT sent_at / 900, channel, direction, count(*) FROM messages
        WHERE direction IN ('in', 'out') AND auto = 0 GROUP BY 1, 2, 3;
    CREATE TRIGGER message_counts_insert AFTER INSERT ON messages
    WHEN new.direction IN ('in', 'out') AND new.auto = 0
    BEGIN
        INSERT INTO message_counts (bucket, channel, direction, count) VALUES (new.sent_at / 900, new.channel, new.direction, 1)
        ON CONFLICT (bucket, channel, direction) DO UPDATE SET count = count + 1;
    END;
    CREATE TRIGGER message_counts_delete AFTER DELETE ON messages
    WHEN old.direction IN ('in', 'out') AND old.auto = 0
    BEGIN
        UPDATE message_counts SET count = count - 1
        WHERE bucket = old.sent_at / 900 AND channel = old.channel AND direction = old.direction;
    END;
    CREATE TRIGGER message_counts_update AFTER UPDATE OF sent_at, channel, direction, auto ON messages
    BEGIN
        UPDATE message_counts SET count = count - 1
        WHERE old.direction IN ('in', 'out') AND old.auto = 0
          AND bucket = old.sent_at / 900 AND channel = old.channel AND direction = old.direction;
        INSERT INTO message_counts (bucket, channel, direction, count)
        SELECT new.sent_at / 900, new.channel, new.direction, 1 WHERE new.direction IN ('in', 'out') AND new.auto = 0
        ON CONFLICT (bucket, channel, direction) DO UPDATE SET count = count + 1;
    END;
    """
}
