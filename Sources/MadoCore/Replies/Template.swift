import Foundation

public struct TemplateError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// A reply template: a header of `key: value` lines, `---`, then the body with `{{variables}}`.
///
///     name: where-is-my-order
///     language: ja
///     channel: any
///     description: 配送状況のお問い合わせ
///     keywords: 届かない, 配送, 追跡, where is my order, tracking
///     ---
///     {{customer.name}}
///     …
public struct Template: Sendable, Equatable {
    public var name: String
    public var language: String
    /// A registered channel's name (email, instagram, …) or any.
    public var channel: String
    public var description: String
    public var body: String
    public var file: String
    /// Words in a customer's message that suggest this template (see `TemplateSuggestions`).
    public var keywords: [String] = []

    public static func parse(_ text: String, file: String) throws -> Template {
        var fields: [String: String] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var bodyStart: Int?
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" {
                bodyStart = index + 1
                break
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw TemplateError(file: file, line: index + 1, message: "expected 'key: value' before the '---' line")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard ["name", "language", "channel", "description", "subject", "keywords"].contains(key) else {
                throw TemplateError(file: file, line: index + 1, message: "unknown key '\(key)' (name, language, channel, description, keywords)")
            }
            fields[key] = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let start = bodyStart else { throw TemplateError(file: file, line: lines.count, message: "no '---' line before the body") }
        let channel = (fields["channel"] ?? "any").lowercased()
        guard channel == "any" || Channel(rawValue: channel) != nil else {
            let names = Channel.allCases.map(\.rawValue).joined(separator: ", ")
            throw TemplateError(file: file, line: 1, message: "channel is \(names) or any, not '\(channel)'")
        }
        let name = fields["name"] ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return Template(name: name, language: (fields["language"] ?? "en").lowercased(), channel: channel,
                        description: fields["description"] ?? "", body: lines[start...].joined(separator: "\n"), file: file,
                        keywords: (fields["keywords"] ?? "").split(whereSeparator: { $0 == "," || $0 == "、" })
                            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    public func fits(_ channel: Channel) -> Bool { self.channel == "any" || self.channel == channel.rawValue }
}

/// The templates folder: one `.tmpl` file per template. A broken file is reported, the rest load.
public enum TemplateLibrary {
    public static func load(folders: [String]) -> (templates: [Template], errors: [TemplateError]) {
        var templates: [Template] = []
        var errors: [TemplateError] = []
        var seen = Set<String>()
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmpl") }.sorted()
            for name in names {
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                do {
                    let template = try Template.parse(String(decoding: data, as: UTF8.self), file: path)
                    // The user's own folder comes first and wins over a shipped template of the same name.
                    if seen.insert(template.name + "/" + template.language).inserted { templates.append(template) }
                } catch let error as TemplateError {
                    errors.append(error)
                } catch {}
            }
        }
        return (templates, errors)
    }

    /// Matches name, description or body, folded like search.
    public static func search(_ templates: [Template], _ query: String, channel: Channel?) -> [Template] {
        let folded = SearchText.fold(query)
        return templates.filter { template in
            (channel.map(template.fits) ?? true)
                && (folded.isEmpty || [template.name, template.description, template.body].contains { SearchText.fold($0).contains(folded) })
        }
    }
}
