/// The SQL of each schema version. Never edit a shipped version: add a new one.
enum Schema {
    static let version1 = """
    CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE identities (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'instagram')),
        address TEXT NOT NULL COLLATE NOCASE,
        handle TEXT,
        display_name TEXT,
        UNIQUE (channel, address)
    );
    CREATE INDEX identities_customer ON identities(customer_id);
    CREATE TABLE agents (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT,
        signature_email TEXT,
        signature_instagram TEXT,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'instagram')),
        subject TEXT NOT NULL DEFAULT '',
        preview TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
        assignee_id INTEGER REFERENCES agents(id),
        priority INTEGER NOT NULL DEFAULT 0,
        snoozed_until INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        waiting_since INTEGER,
        last_message_at INTEGER NOT NULL,
        first_response_at INTEGER,
        closed_at INTEGER,
        message_count INTEGER NOT NULL DEFAULT 0,
        unread INTEGER NOT NULL DEFAULT 0,
        -- Waiting conversations first, longest wait on top; then the rest, newest first.
        -- One column so one index serves the list without sorting.
        queue_order INTEGER GENERATED ALWAYS AS (
            CASE WHEN waiting_since IS NULL THEN 100000000000 - last_message_at ELSE waiting_since END
        ) VIRTUAL
    );
    CREATE INDEX conversations_queue ON conversations(status, queue_order);
    CREATE INDEX conversations_all ON conversations(queue_order);
    -- Covers the counts of every view without reading the table.
    CREATE INDEX conversations_counts ON conversations(status, assignee_id, snoozed_until, waiting_since);
    CREATE INDEX conversations_channel ON conversations(channel, status, snoozed_until);
    CREATE INDEX conversations_customer ON conversations(customer_id, last_message_at);
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE conversation_tags (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        tag_id INTEGER NOT NULL REFERENCES tags(id),
        PRIMARY KEY (conversation_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX conversation_tags_tag ON conversation_tags(tag_id, conversation_id);
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'instagram')),
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
        external_id TEXT,
        from_name TEXT NOT NULL DEFAULT '',
        from_address TEXT NOT NULL DEFAULT '',
        to_address TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        raw BLOB,
        sent_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        agent_id INTEGER REFERENCES agents(id),
        auto INTEGER NOT NULL DEFAULT 0,
        warnings TEXT NOT NULL DEFAULT '',
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '',
        deleted INTEGER NOT NULL DEFAULT 0,
        seen_at INTEGER,
        UNIQUE (channel, external_id)
    );
    CREATE INDEX messages_conversation ON messages(conversation_id, sent_at);
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES messages(id),
        filename TEXT NOT NULL DEFAULT '',
        content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        size INTEGER NOT NULL DEFAULT 0,
        locator TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attachments_message ON attachments(message_id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        agent_id INTEGER REFERENCES agents(id),
        -- Who did it, in words: the agent's login, or the Unix user, or 'mado' for automatic changes.
        actor TEXT NOT NULL DEFAULT '',
        conversation_id INTEGER REFERENCES conversations(id),
        kind TEXT NOT NULL,
        before TEXT,
        after TEXT
    );
    CREATE INDEX events_conversation ON events(conversation_id, id);
    -- The audit log is append-only: history that can be rewritten is not an audit.
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    """

    /// Replies wait in a durable outbox before a transport takes them.
    static let version2 = """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'instagram')),
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
        payload BLOB NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        queued_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX outbox_state ON outbox(state, id);
    """

    /// Full-text search: a trigram index for words of three characters or more in any script, and
    /// an index of 1- and 2-character grams so short Japanese words (返品, 様) are found too.
    /// The row id of both is the message id.
    static let version3 = """
    CREATE VIRTUAL TABLE search_trigram USING fts5(subject, body, people, tokenize = 'trigram');
    CREATE VIRTUAL TABLE search_grams USING fts5(grams, tokenize = 'unicode61 remove_diacritics 0');
    """

    /// Views saved from a search, shared by everyone on the store.
    static let version4 = """
    CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
    );
    """

    /// Who is doing what right now ("Hanako is replying"), so two agents do not answer one customer
    /// twice. Rows belong to a live process; a dead one's rows are ignored and swept.
    static let version5 = """
    CREATE TABLE presence (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        agent_login TEXT NOT NULL,
        agent_name TEXT NOT NULL,
        activity TEXT NOT NULL,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (conversation_id, agent_login)
    );
    """

    /// Replies being written, one per conversation and agent, kept until sent or discarded.
    static let version6 = """
    CREATE TABLE drafts (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        agent_login TEXT NOT NULL,
        channel TEXT NOT NULL,
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (conversation_id, agent_login)
    );
    """

    /// Instagram reactions ride on the message they react to ("❤️" per line), not as messages.
    static let version7 = """
    ALTER TABLE messages ADD COLUMN reactions TEXT NOT NULL DEFAULT '';
    """

    /// Which process is sending an outbox item, so a second `mado send` can tell a live send from
    /// one a crash interrupted; and the status the conversation takes once the reply has left
    /// ("send & close" closes nothing if the send fails).
    static let version9 = """
    ALTER TABLE outbox ADD COLUMN claimed_pid INTEGER;
    ALTER TABLE outbox ADD COLUMN claimed_host TEXT;
    ALTER TABLE outbox ADD COLUMN then_status TEXT CHECK (then_status IN ('open', 'pending', 'closed'));
    """

    /// Orders from Shopify's export, the customers export, and what each import changed.
    /// Money is kept as the decimal text Shopify wrote ("4500.00"), not integer minor units: the
    /// export never says how many minor digits a currency has (JPY 0, USD 2, KWD 3), we never add
    /// amounts, and text shows exactly what the shop's admin shows. Times are Unix seconds as elsewhere.
    /// `customer_id` is set when the import found the customer; orders whose email belongs to a
    /// customer who writes later are matched at read time (see OrderQueries).
    static let version10 = """
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        shopify_id TEXT,
        customer_id INTEGER REFERENCES customers(id),
        email TEXT COLLATE NOCASE,
        phone TEXT,
        financial_status TEXT,
        fulfillment_status TEXT,
        currency TEXT,
        subtotal TEXT,
        shipping TEXT,
        taxes TEXT,
        total TEXT,
        refunded TEXT,
        discount_code TEXT,
        created_at INTEGER,
        paid_at INTEGER,
        fulfilled_at INTEGER,
        cancelled_at INTEGER,
        billing_name TEXT,
        shipping_name TEXT,
        shipping_city TEXT,
        shipping_province TEXT,
        shipping_country TEXT,
        notes TEXT,
        tags TEXT,
        imported_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX orders_customer ON orders(customer_id, created_at);
    CREATE INDEX orders_email ON orders(email, created_at);
    CREATE TABLE order_items (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        position INTEGER NOT NULL,
        quantity INTEGER NOT NULL,
        name TEXT NOT NULL,
        price TEXT,
        sku TEXT
    );
    CREATE INDEX order_items_order ON order_items(order_id, position);
    -- Shopify's own record of a customer (from the customers export), beside ours: re-importing it
    -- refreshes these fields without touching what agents wrote.
    CREATE TABLE shop_customers (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        shopify_id TEXT UNIQUE,
        email TEXT COLLATE NOCASE,
        phone TEXT,
        phone_key TEXT,
        note TEXT,
        tags TEXT,
        total_spent TEXT,
        total_orders INTEGER,
        city TEXT,
        province TEXT,
        country TEXT,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX shop_customers_customer ON shop_customers(customer_id);
    CREATE INDEX shop_customers_email ON shop_customers(email);
    CREATE INDEX shop_customers_phone ON shop_customers(phone_key);
    -- Each import, and what it changed: "since the last import" is the latest import's changes.
    CREATE TABLE order_imports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('orders', 'customers')),
        file TEXT NOT NULL,
        at INTEGER NOT NULL,
        rows INTEGER NOT NULL
    );
    CREATE TABLE order_changes (
        import_id INTEGER NOT NULL REFERENCES order_imports(id),
        order_id INTEGER NOT NULL REFERENCES orders(id),
        kind TEXT NOT NULL CHECK (kind IN ('new', 'fulfilled', 'refunded', 'cancelled')),
        PRIMARY KEY (import_id, order_id, kind)
    ) WITHOUT ROWID;
    CREATE INDEX order_changes_order ON order_changes(order_id, import_id);
    """

    /// One person, many identities: shared notes on the customer, and merges that can be undone.
    /// A merged-away customer keeps its row (`merged_into` set, its own fields untouched) and the
    /// journal lists every row the merge moved, so an unmerge puts back exactly that. The kept
    /// customer's fields before and after are journaled too: an unmerge restores them only when
    /// nobody has changed them since. Alternatives keep the other customer's differing values in
    /// sight (a second name, other notes) instead of dropping them.
    static let version11 = """
    ALTER TABLE customers ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    ALTER TABLE customers ADD COLUMN notes_by TEXT;
    ALTER TABLE customers ADD COLUMN notes_at INTEGER;
    ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
    -- The one holder of mail no person sent (mailer-daemon, no-reply, auto-replies from unknown
    -- senders, the shop writing to itself): a conversation needs a customer, such mail is no one's.
    ALTER TABLE customers ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE customer_merges (
        id INTEGER PRIMARY KEY,
        keep_id INTEGER NOT NULL REFERENCES customers(id),
        other_id INTEGER NOT NULL REFERENCES customers(id),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        before_name TEXT NOT NULL,
        before_notes TEXT NOT NULL,
        before_notes_by TEXT,
        before_notes_at INTEGER,
        after_name TEXT NOT NULL,
        after_notes TEXT NOT NULL,
        undone_at INTEGER,
        undone_by TEXT
    );
    CREATE INDEX customer_merges_keep ON customer_merges(keep_id, id);
    CREATE INDEX customer_merges_other ON customer_merges(other_id, id);
    CREATE TABLE customer_merge_moves (
        merge_id INTEGER NOT NULL REFERENCES customer_merges(id),
        kind TEXT NOT NULL CHECK (kind IN ('identity', 'conversation', 'order', 'shop_customer', 'alternative')),
        row_id INTEGER NOT NULL,
        PRIMARY KEY (merge_id, kind, row_id)
    ) WITHOUT ROWID;
    CREATE TABLE customer_alternatives (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        from_customer_id INTEGER REFERENCES customers(id),
        merge_id INTEGER REFERENCES customer_merges(id)
    );
    CREATE INDEX customer_alternatives_customer ON customer_alternatives(customer_id, id);
    -- A pair an agent said is not one person (customer_a < customer_b): never suggested again.
    CREATE TABLE customer_rejected_pairs (
        customer_a INTEGER NOT NULL REFERENCES customers(id),
        customer_b INTEGER NOT NULL REFERENCES customers(id),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (customer_a, customer_b)
    ) WITHOUT ROWID;
    """

    /// Privacy: a customer can be suppressed (their data
    /// kept but not used) or erased. An erased customer's row stays, emptied, with `erased_at`, so
    /// conversations and the audit keep pointing somewhere. Each erased identity leaves only a
    /// salted hash (one random salt per store), so an old mail from that address is recognised and
    /// reported instead of silently recreating the person.
    /// The audit stays append-only, with one sanctioned exception: an erasure may replace an
    /// event's `before`/`after` text with '(erased)' — never its time, actor, kind or conversation.
    static let version12 = """
    ALTER TABLE customers ADD COLUMN suppressed_at INTEGER;
    ALTER TABLE customers ADD COLUMN suppressed_by TEXT;
    ALTER TABLE customers ADD COLUMN erased_at INTEGER;
    CREATE TABLE privacy_salt (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL
    );
    CREATE TABLE erased_identities (
        hash TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        erased_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    DROP TRIGGER events_append_only_update;
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.agent_id IS OLD.agent_id AND NEW.actor IS OLD.actor
              AND NEW.conversation_id IS OLD.conversation_id AND NEW.kind IS OLD.kind
              AND (NEW.before IS OLD.before OR NEW.before IS '(erased)')
              AND (NEW.after IS OLD.after OR NEW.after IS '(erased)'))
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    """

    /// Reports read segments, recorded when things happen (a customer writes, a reply leaves, a
    /// conversation closes), so a report over a year never walks every message. A segment starts at
    /// a customer's message, or at their first message after a close; see SegmentRules.
    /// `reopened`: the customer wrote again after this segment was closed.
    /// `csat_asked_at`: a reply in this segment asked for a 1–5 rating (see CSAT).
    static let version13 = """
    CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        -- The conversation's channel (it never changes), so a report reads no conversation rows.
        channel TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        first_response_at INTEGER,
        first_response_agent_id INTEGER REFERENCES agents(id),
        closed_at INTEGER,
        replies INTEGER NOT NULL DEFAULT 0,
        reopened INTEGER NOT NULL DEFAULT 0,
        csat_asked_at INTEGER
    );
    CREATE INDEX segments_conversation ON segments(conversation_id, id);
    CREATE INDEX segments_started ON segments(started_at);
    CREATE INDEX segments_closed ON segments(closed_at);
    -- One rating per segment: a customer who answers twice changed their mind.
    CREATE TABLE csat_ratings (
        segment_id INTEGER PRIMARY KEY REFERENCES segments(id),
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        message_id INTEGER NOT NULL REFERENCES messages(id),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        at INTEGER NOT NULL
    );
    -- Message volumes over a period, per channel, writer or conversation, without reading the messages.
    CREATE INDEX messages_sent ON messages(sent_at, direction, auto, channel, agent_id, conversation_id);
    """
}
