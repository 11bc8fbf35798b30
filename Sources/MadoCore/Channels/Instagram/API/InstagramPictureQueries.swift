import Foundation

/// A picture attachment still to be downloaded.
public struct PendingPicture: Sendable, Equatable {
    public var attachmentID: Int64
    public var messageID: Int64
    public var url: String
}

extension Store {
    /// Instagram pictures that arrived as links and were neither downloaded nor given up on.
    public func instagramPicturesToFetch(limit: Int = 20) throws -> [PendingPicture] {
        try db.rows("""
            SELECT at.id, at.message_id, at.locator FROM attachments at JOIN messages m ON m.id = at.message_id
            WHERE m.channel = 'instagram' AND at.content IS NULL AND at.fetch_error IS NULL
              AND at.content_type IN ('instagram/image', 'instagram/sticker') AND at.locator LIKE 'http%'
            ORDER BY at.id LIMIT ?
            """, [.int(Int64(limit))]) { PendingPicture(attachmentID: $0.int(0), messageID: $0.int(1), url: $0.text(2)) }
    }

    /// The picture's bytes, its real type and size, and a file name the reader can save it under.
    /// The link stays in `locator`, as where it came from.
    public func storePicture(_ attachmentID: Int64, data: Data, contentType: String) throws {
        try write {
            let name = "instagram-\(attachmentID).\(MediaDownloader.fileExtension(contentType))"
            try db.run("""
                UPDATE attachments SET content = ?, size = ?, content_type = ?,
                  filename = CASE WHEN filename IN ('image', 'sticker', '') THEN ? ELSE filename END
                WHERE id = ?
                """, [.blob(Array(data)), .int(Int64(data.count)), .text(contentType), .text(name), .int(attachmentID)])
        }
    }

    /// A picture that could not be downloaded: the link is kept, the reason goes on the
    /// attachment, and the message says so in the thread.
    public func pictureNotFetched(_ attachmentID: Int64, messageID: Int64, reason: String) throws {
        try write {
            let note = CustomerText.line("Picture not downloaded (\(reason)); its link is kept but Instagram's links expire.")
            try db.run("UPDATE attachments SET fetch_error = ? WHERE id = ?", [.text(note), .int(attachmentID)])
            try db.run("UPDATE messages SET warnings = CASE WHEN warnings = '' THEN ? ELSE warnings || char(10) || ? END WHERE id = ?",
                       [.text(note), .text(note), .int(messageID)])
        }
    }

    /// The bytes of a downloaded attachment, if it has any.
    public func attachmentContent(id: Int64) throws -> [UInt8]? {
        var bytes: [UInt8]?
        try db.query("SELECT content FROM attachments WHERE id = ? AND content IS NOT NULL", [.int(id)]) { bytes = $0.blob(0) }
        return bytes
    }
}
