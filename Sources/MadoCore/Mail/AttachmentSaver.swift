import Foundation

/// Saves attachments on request, under names that cannot leave the target folder and never
/// overwrite a file already there.
public enum AttachmentSaver {
    public enum SaveError: Error, CustomStringConvertible {
        case notMail(Int64)
        case missing(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .notMail(let id): return "Message \(id) has no stored mail to take attachments from."
            case .missing(let name): return "The attachment \(name) is no longer in the stored mail."
            case .cannotWrite(let path, let reason): return "Cannot write \(path): \(reason)."
            }
        }
    }

    /// Writes every attachment of `message` (or only the one at `index`) into `folder`; returns the paths.
    public static func save(_ message: Message, index: Int? = nil, store: Store, folder: String) throws -> [String] {
        let raw = try store.rawMessage(id: message.id)
        // A picture downloaded at import (Instagram) is in the store itself, not in a mail.
        var downloaded: [Int64: [UInt8]] = [:]
        for attachment in message.attachments where !attachment.locator.hasPrefix("mime:") {
            downloaded[attachment.id] = try store.attachmentContent(id: attachment.id)
        }
        guard raw != nil || !downloaded.isEmpty else { throw SaveError.notMail(message.id) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var saved: [String] = []
        for (position, attachment) in message.attachments.enumerated() where index == nil || index == position {
            let data: [UInt8]
            if let stored = downloaded[attachment.id] {
                data = stored
            } else if attachment.locator.hasPrefix("file:") {
                // Content a chat channel fetched and kept beside the store (LINE's pictures and files).
                guard let kept = FileManager.default.contents(atPath: String(attachment.locator.dropFirst(5))) else {
                    throw SaveError.missing(attachment.filename)
                }
                data = Array(kept)
            } else {
                guard let raw, attachment.locator.hasPrefix("mime:") else { continue }
                let path = attachment.locator.dropFirst(5).split(separator: ".").compactMap { Int($0) }
                guard let part = MailParser.attachmentData(raw, partPath: path) else { throw SaveError.missing(attachment.filename) }
                data = part
            }
            let target = freePath(folder: folder, name: AttachmentFileName.safe(attachment.filename))
            guard FileManager.default.createFile(atPath: target, contents: Data(data), attributes: [.posixPermissions: 0o600]) else {
                throw SaveError.cannotWrite(target, "the folder is not writable")
            }
            saved.append(target)
        }
        return saved
    }

    /// "invoice.pdf", then "invoice-1.pdf", "invoice-2.pdf"…
    static func freePath(folder: String, name: String) -> String {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: url.path) { return url.path }
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        var number = 1
        while FileManager.default.fileExists(atPath: folder + "/\(stem)-\(number)\(ext)") { number += 1 }
        return folder + "/\(stem)-\(number)\(ext)"
    }
}
