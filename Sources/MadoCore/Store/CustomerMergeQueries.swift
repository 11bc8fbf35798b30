import Foundation

/// Merging two customers into one, and undoing it exactly, from the merge journal.
extension Store {
    /// The tables whose rows belong to a customer by `customer_id`, with the journal's name for each.
    /// Drafts, presence, notes and tags hang on conversations, so they follow them.
    static let customerOwnedTables: [(kind: String, table: String)] = [
        ("identity", "identities"), ("conversation", "conversations"), ("order", "orders"),
        ("shop_customer", "shop_customers"), ("alternative", "customer_alternatives"),
    ]

    /// Moves everything of OTHER into KEEP in one transaction and returns the journal entry.
    /// Fields both have: KEEP's value stays and OTHER's becomes an alternative. A field only OTHER
    /// has is taken. OTHER's row stays, marked merged, so an unmerge can give it back untouched.
    @discardableResult
    public func mergeCustomer(keep keepID: Int64, other otherID: Int64, by agent: Agent?) throws -> CustomerMerge {
        try write {
            guard keepID != otherID else { throw CustomerMergeError.sameCustomer(keepID) }
            guard let keep = try customer(id: keepID) else { throw StoreError.notFound("Customer \(keepID)") }
            guard let other = try customer(id: otherID) else { throw StoreError.notFound("Customer \(otherID)") }
            if let into = keep.mergedInto { throw CustomerMergeError.alreadyMerged(customer: keepID, into: into) }
            if let into = other.mergedInto { throw CustomerMergeError.alreadyMerged(customer: otherID, into: into) }

            var after = keep
            var alternatives: [(field: String, value: String)] = []
            // A name that is only one of the keeper's addresses is a placeholder, not a value to defend.
            let keepAddresses = Set(try identities(ofCustomer: keepID).map { $0.address.lowercased() })
            let keepNameIsPlaceholder = keep.name.isEmpty || keepAddresses.contains(keep.name.lowercased())
            if !other.name.isEmpty, other.name.lowercased() != keep.name.lowercased() {
                if keepNameIsPlaceholder { after.name = other.name } else { alternatives.append(("name", other.name)) }
            }
            if !other.notes.isEmpty, other.notes != keep.notes {
                if keep.notes.isEmpty {
                    after.notes = other.notes
                    after.notesBy = other.notesBy
                    after.notesAt = other.notesAt
                } else {
                    alternatives.append(("notes", other.notes))
                }
            }

            let actor = agent?.login ?? Store.unixUser
            try db.run("""
                INSERT INTO customer_merges (keep_id, other_id, at, actor, before_name, before_notes, before_notes_by, before_notes_at,
                after_name, after_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.int(keepID), .int(otherID), .int(now), .text(actor), .text(keep.name), .text(keep.notes),
                      .optional(keep.notesBy), .date(keep.notesAt), .text(after.name), .text(after.notes)])
            let mergeID = db.lastInsertID

            let movedConversations = try db.rows("SELECT id FROM conversations WHERE customer_id = ? ORDER BY id", [.int(otherID)]) { $0.int(0) }
            for (kind, table) in Self.customerOwnedTables {
                try db.run("INSERT INTO customer_merge_moves (merge_id, kind, row_id) SELECT ?, ?, id FROM \(table) WHERE customer_id = ?",
                           [.int(mergeID), .text(kind), .int(otherID)])
                try db.run("UPDATE \(table) SET customer_id = ? WHERE customer_id = ?", [.int(keepID), .int(otherID)])
            }
            for alternative in alternatives {
                try db.run("INSERT INTO customer_alternatives (customer_id, field, value, from_customer_id, merge_id) VALUES (?, ?, ?, ?, ?)",
                           [.int(keepID), .text(alternative.field), .text(alternative.value), .int(otherID), .int(mergeID)])
            }
            try db.run("UPDATE customers SET name = ?, notes = ?, notes_by = ?, notes_at = ? WHERE id = ?",
                       [.text(after.name), .text(after.notes), .optional(after.notesBy), .date(after.notesAt), .int(keepID)])
            try db.run("UPDATE customers SET merged_into = ? WHERE id = ?", [.int(keepID), .int(otherID)])
            // Pairs rejected with OTHER no longer name a customer anyone sees; they stay for an unmerge.

            guard let merge = try customerMerge(id: mergeID) else { throw StoreError.notFound("Merge \(mergeID)") }
            let said = "customer \(otherID) (\(other.name)) into customer \(keepID) (\(keep.name)), merge \(mergeID): \(merge.movedSummary)"
            try recordEvent(conversationID: nil, agent: agent, kind: "customer.merge", before: nil, after: said)
            for conversation in movedConversations {
                try recordEvent(conversationID: conversation, agent: agent, kind: "customer.merge",
                                before: "customer \(otherID)", after: "customer \(keepID)")
            }
            return merge
        }
    }

    /// Undoes a merge: the rows the journal lists go back to the other customer, its alternatives
    /// go, and the kept customer's name and notes return to what they were, unless someone has
    /// changed them since (then today's value stays: an undo must not erase later work).
    @discardableResult
    public func unmergeCustomer(mergeID: Int64, by agent: Agent?) throws -> CustomerMerge {
        try write {
            guard let merge = try customerMerge(id: mergeID) else { throw StoreError.notFound("Merge \(mergeID)") }
            guard merge.undoneAt == nil else { throw CustomerMergeError.alreadyUndone(merge: mergeID) }
            if let into = try customer(id: merge.keepID)?.mergedInto {
                throw CustomerMergeError.laterMergeFirst(merge: mergeID, keep: merge.keepID, into: into)
            }
            let movedConversations = try db.rows("""
                SELECT row_id FROM customer_merge_moves WHERE merge_id = ? AND kind = 'conversation' ORDER BY row_id
                """, [.int(mergeID)]) { $0.int(0) }
            for (kind, table) in Self.customerOwnedTables {
                try db.run("""
                    UPDATE \(table) SET customer_id = ? WHERE customer_id = ? AND id IN
                        (SELECT row_id FROM customer_merge_moves WHERE merge_id = ? AND kind = ?)
                    """, [.int(merge.otherID), .int(merge.keepID), .int(mergeID), .text(kind)])
            }
            try db.run("DELETE FROM customer_alternatives WHERE merge_id = ?", [.int(mergeID)])
            try db.run("""
                UPDATE customers SET name = (SELECT before_name FROM customer_merges WHERE id = ?)
                WHERE id = ? AND name = (SELECT after_name FROM customer_merges WHERE id = ?)
                """, [.int(mergeID), .int(merge.keepID), .int(mergeID)])
            try db.run("""
                UPDATE customers SET (notes, notes_by, notes_at) =
                    (SELECT before_notes, before_notes_by, before_notes_at FROM customer_merges WHERE id = ?)
                WHERE id = ? AND notes = (SELECT after_notes FROM customer_merges WHERE id = ?)
                    AND notes IS NOT (SELECT before_notes FROM customer_merges WHERE id = ?)
                """, [.int(mergeID), .int(merge.keepID), .int(mergeID), .int(mergeID)])
            try db.run("UPDATE customers SET merged_into = NULL WHERE id = ?", [.int(merge.otherID)])
            let actor = agent?.login ?? Store.unixUser
            try db.run("UPDATE customer_merges SET undone_at = ?, undone_by = ? WHERE id = ?", [.int(now), .text(actor), .int(mergeID)])

            let said = "customer \(merge.otherID) out of customer \(merge.keepID), merge \(mergeID): \(merge.movedSummary) back"
            try recordEvent(conversationID: nil, agent: agent, kind: "customer.unmerge", before: nil, after: said)
            for conversation in movedConversations {
                try recordEvent(conversationID: conversation, agent: agent, kind: "customer.unmerge",
                                before: "customer \(merge.keepID)", after: "customer \(merge.otherID)")
            }
            guard let undone = try customerMerge(id: mergeID) else { throw StoreError.notFound("Merge \(mergeID)") }
            return undone
        }
    }

    /// `mado customer unmerge ID`: a merged-away customer names its own merge; a kept customer its latest.
    @discardableResult
    public func unmergeCustomer(_ customerID: Int64, by agent: Agent?) throws -> CustomerMerge {
        guard let merge = try activeMerge(ofCustomer: customerID) else {
            guard try customer(id: customerID) != nil else { throw StoreError.notFound("Customer \(customerID)") }
            throw CustomerMergeError.nothingToUndo(customerID)
        }
        return try unmergeCustomer(mergeID: merge.id, by: agent)
    }

    /// The merge an unmerge of this customer would undo, if any.
    public func activeMerge(ofCustomer customerID: Int64) throws -> CustomerMerge? {
        let id = try db.scalarInt("""
            SELECT id FROM customer_merges WHERE undone_at IS NULL AND (other_id = ?1 OR
                (keep_id = ?1 AND NOT EXISTS (SELECT 1 FROM customer_merges m WHERE m.undone_at IS NULL AND m.other_id = ?1)))
            ORDER BY (other_id = ?1) DESC, id DESC LIMIT 1
            """, [.int(customerID)])
        return try id.flatMap { try customerMerge(id: $0) }
    }

    public func customerMerge(id: Int64) throws -> CustomerMerge? {
        guard var merge = try db.rows("""
            SELECT id, keep_id, other_id, at, actor, undone_at, undone_by FROM customer_merges WHERE id = ?
            """, [.int(id)], { row in
            CustomerMerge(id: row.int(0), keepID: row.int(1), otherID: row.int(2), at: row.date(3), actor: row.text(4),
                          undoneAt: row.optionalDate(5), undoneBy: row.optionalText(6))
        }).first else { return nil }
        try db.query("SELECT kind, count(*) FROM customer_merge_moves WHERE merge_id = ? GROUP BY kind", [.int(id)]) {
            merge.moved[$0.text(0)] = Int($0.int(1))
        }
        return merge
    }

    /// Merges into or out of this customer, newest first, undone ones too.
    public func customerMerges(ofCustomer customerID: Int64) throws -> [CustomerMerge] {
        try db.rows("SELECT id FROM customer_merges WHERE keep_id = ? OR other_id = ? ORDER BY id DESC",
                    [.int(customerID), .int(customerID)]) { $0.int(0) }.compactMap { try customerMerge(id: $0) }
    }

    /// The other customers' values this one keeps in sight since a merge.
    public func alternatives(ofCustomer customerID: Int64) throws -> [CustomerAlternative] {
        try db.rows("SELECT field, value, from_customer_id FROM customer_alternatives WHERE customer_id = ? ORDER BY field, id",
                    [.int(customerID)]) { CustomerAlternative(field: $0.text(0), value: $0.text(1), fromCustomerID: $0.optionalInt(2)) }
    }
}
