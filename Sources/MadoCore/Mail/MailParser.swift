import Foundation

/// Our own RFC 5322 / MIME reader: bytes in, a `ParsedMail` out, never a crash and never nothing.
public enum MailParser {
    public static func parse(_ bytes: [UInt8]) -> ParsedMail {
        var mail = ParsedMail()
        let root = MIMEPart.parse(bytes[...])
        mail.headers = root.headers
        if root.headers.isEmpty { mail.warnings.append("no mail headers found; shown as raw text") }
        readHeaders(root.headers, into: &mail)
        var warnings = root.warnings
        var text = ""
        collect(root, path: [], into: &mail, text: &text, warnings: &warnings)
        mail.text = text.trimmingEnds(where: \.isWhitespace)
        mail.warnings += warnings
        mail.isAuto = mail.isAuto || AutoMail.isAutomatic(mail, root: root)
        if root.contentType.value == "multipart/report" {
            mail.isBounce = true
            mail.isAuto = true
        }
        if let sender = mail.from.first?.address.lowercased(), sender.hasPrefix("mailer-daemon@") { mail.isBounce = true }
        return mail
    }

    static func readHeaders(_ headers: [MailHeader], into mail: inout ParsedMail) {
        mail.messageID = headers.first("Message-ID").flatMap { MessageIDs.list($0).first ?? nonEmpty($0) }
        mail.inReplyTo = headers.first("In-Reply-To").map(MessageIDs.list) ?? []
        mail.references = headers.first("References").map(MessageIDs.list) ?? []
        func addresses(_ name: String) -> [MailAddress] {
            guard let value = headers.first(name) else { return [] }
            var warnings: [String] = []
            defer { mail.warnings += warnings.map { "\(name): \($0)" } }
            return MailAddress.list(value, warnings: &warnings)
        }
        mail.from = addresses("From")
        mail.to = addresses("To")
        mail.cc = addresses("Cc")
        mail.replyTo = addresses("Reply-To")
        let subject = EncodedWord.decode(headers.first("Subject") ?? "")
        mail.subject = subject.text.replacingASCII("\r", with: "").replacingASCII("\n", with: "")
        mail.warnings += subject.warnings
        if let raw = headers.first("Date") {
            if let parsed = MailDate.parse(raw) {
                mail.date = parsed.date
                if parsed.zoneGuessed { mail.warnings.append("the Date has no time zone; read as UTC") }
            } else {
                mail.warnings.append("unreadable Date '\(raw.prefix(60))'; the time it arrived is used")
            }
        } else {
            mail.warnings.append("no Date header; the time it arrived is used")
        }
    }

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Walks the tree: readable text goes into `text`, everything else is an attachment.
    static func collect(_ part: MIMEPart, path: [Int], into mail: inout ParsedMail, text: inout String, warnings: inout [String]) {
        warnings += part.warnings.filter { !warnings.contains($0) }
        let type = part.contentType.value
        if part.isMultipart {
            if type == "multipart/alternative" {
                // The plain version when there is one; else the richest we can read.
                let plain = part.children.lastIndex { $0.contentType.value == "text/plain" && !$0.isAttachment }
                let chosen = plain ?? part.children.lastIndex { $0.contentType.value == "text/html" || $0.isMultipart } ?? 0
                if part.children.indices.contains(chosen) {
                    collect(part.children[chosen], path: path + [chosen], into: &mail, text: &text, warnings: &warnings)
                }
                return
            }
            for (index, child) in part.children.enumerated() {
                collect(child, path: path + [index], into: &mail, text: &text, warnings: &warnings)
            }
            return
        }
        if type == "message/rfc822" || type == "message/global", let inner = part.children.first, !part.isAttachment {
            var innerMail = ParsedMail()
            readHeaders(inner.headers, into: &innerMail)
            var innerText = ""
            collect(inner, path: path + [0], into: &mail, text: &innerText, warnings: &warnings)
            append("""
                ---------- Forwarded message ----------
                From: \(innerMail.from.map(display).joined(separator: ", "))
                Date: \(inner.headers.first("Date") ?? "")
                Subject: \(innerMail.subject)
                To: \(innerMail.to.map(display).joined(separator: ", "))

                \(innerText.trimmingCharacters(in: .whitespacesAndNewlines))
                """, to: &text)
            return
        }
        if type == "message/delivery-status" {
            mail.isBounce = true
            var ignored: [String] = []
            let status = part.decodedText(warnings: &ignored)
            let wanted = ["final-recipient", "action", "status", "diagnostic-code", "remote-mta"]
            let lines = status.split(separator: "\n").filter { line in wanted.contains { line.lowercased().hasPrefix($0 + ":") } }
            append(lines.joined(separator: "\n"), to: &text)
            return
        }
        let inlineText = (type == "text/plain" || type == "text/html" || type == "text/enriched") && !part.isAttachment
            && (part.filename == nil || part.disposition.value == "inline")
        if inlineText {
            let decoded = part.decodedText(warnings: &warnings)
            append(type == "text/html" ? HTMLText.convert(decoded) : decoded, to: &text)
            return
        }
        if part.body.isEmpty && part.filename == nil { return }
        mail.attachments.append(MailAttachment(filename: part.filename ?? "", contentType: type,
                                               size: part.decodedBody().bytes.count, partPath: path))
    }

    static func append(_ piece: String, to text: inout String) {
        let trimmed = piece.trimmingEnds(where: \.isNewline)
        guard !trimmed.isEmpty else { return }
        if !text.isEmpty { text += "\n\n" }
        text += trimmed
    }

    static func display(_ address: MailAddress) -> String {
        address.name.map { "\($0) <\(address.address)>" } ?? address.address
    }

    /// The decoded bytes of the attachment at `partPath`, for saving on request.
    public static func attachmentData(_ bytes: [UInt8], partPath: [Int]) -> [UInt8]? {
        var part = MIMEPart.parse(bytes[...])
        for index in partPath {
            guard part.children.indices.contains(index) else { return nil }
            part = part.children[index]
        }
        return part.decodedBody().bytes
    }
}

/// Message-IDs as they appear in Message-ID, In-Reply-To and References: `<id@host>` lists,
/// kept without the brackets.
enum MessageIDs {
    static func list(_ header: String) -> [String] {
        var ids: [String] = []
        var current: String?
        for character in header {
            if character == "<" { current = "" } else if character == ">" {
                if let id = current?.trimmingWhitespace(), !id.isEmpty { ids.append(id) }
                current = nil
            } else if current != nil { current!.append(character) }
        }
        return ids
    }
}
