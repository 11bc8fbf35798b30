import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a picture Instagram sent as a link that expires (lookaside.fbsbx.com, a CDN): only
/// http(s), only pictures (the Content-Type and the first bytes must both say so), and never more
/// than `maximumBytes` (a larger body is cut off as it arrives, not read and then refused).
/// The access token is never sent: the link is signed on its own, and the host is not Meta's API.
public struct MediaDownloader: Sendable {
    public var maximumBytes: Int
    public var timeout: TimeInterval
    /// Hosts a picture may come from (a host or a domain it ends in): Meta's CDNs. A link anywhere
    /// else (a hand-made payload, an export pointing inside the shop's network) is not fetched.
    public var allowedHosts: [String]

    public static let metaHosts = ["fbsbx.com", "fbcdn.net", "cdninstagram.com", "instagram.com", "facebook.com"]

    public init(maximumBytes: Int = 16 * 1024 * 1024, timeout: TimeInterval = 30, allowedHosts: [String] = MediaDownloader.metaHosts) {
        self.maximumBytes = maximumBytes
        self.timeout = timeout
        self.allowedHosts = allowedHosts
    }

    /// Meta's CDNs, and the host of `[instagram] api_base` when it is set (a local stand-in).
    public init(config: Config) {
        var hosts = MediaDownloader.metaHosts
        if let base = config["instagram.api_base"], let host = URL(string: base)?.host, !host.isEmpty { hosts.append(host) }
        self.init(allowedHosts: hosts)
    }

    func isAllowed(_ host: String) -> Bool {
        let host = host.lowercased()
        return allowedHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    public enum Outcome: Sendable, Equatable {
        case downloaded(Data, contentType: String)
        case notDownloaded(String)
    }

    public static let pictureTypes: Set<String> = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif"]

    public func download(_ link: String) -> Outcome {
        guard let url = URL(string: link), url.scheme == "https" || url.scheme == "http", let host = url.host, !host.isEmpty else {
            return .notDownloaded("not a web link")
        }
        guard isAllowed(host) else { return .notDownloaded("\(host) is not one of Instagram's servers") }
        // NetworkLibraryError's sentence (InstagramWords.pictureReasons has its Japanese).
        do { try NetworkLibrary.require() } catch { return .notDownloaded(String(describing: error)) }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "GET"
        let transfer = LimitedTransfer(limit: maximumBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        session.dataTask(with: request).resume()
        transfer.done.wait()
        session.finishTasksAndInvalidate()
        if let failure = transfer.failure { return .notDownloaded(failure) }
        let type = transfer.contentType ?? ""
        guard MediaDownloader.looksLike(type, transfer.data) else {
            return .notDownloaded("the server said \(type) but the bytes are not that kind of picture")
        }
        return .downloaded(transfer.data, contentType: type)
    }

    /// The first bytes of each accepted format.
    static func looksLike(_ type: String, _ data: Data) -> Bool {
        let head = [UInt8](data.prefix(12))
        func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + bytes.count && Array(head[offset..<offset + bytes.count]) == bytes
        }
        switch type {
        case "image/jpeg": return starts([0xFF, 0xD8, 0xFF])
        case "image/png": return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case "image/gif": return starts(Array("GIF8".utf8))
        case "image/webp": return starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8)
        case "image/heic", "image/heif": return starts(Array("ftyp".utf8), at: 4)
        default: return false
        }
    }

    /// "image/jpeg" → "jpg", for the file name the reader saves under.
    public static func fileExtension(_ type: String) -> String {
        ["image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp", "image/heic": "heic", "image/heif": "heif"][type] ?? "bin"
    }
}

/// The delegate that refuses early: on the status and type of the answer, and on its size as it grows.
final class LimitedTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let limit: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var received = Data()
    private var problem: String?
    private var type: String?

    init(limit: Int) {
        self.limit = limit
    }

    var data: Data { lock.withLock { received } }
    var failure: String? { lock.withLock { problem } }
    var contentType: String? { lock.withLock { type } }

    private func refuse(_ reason: String, _ task: URLSessionTask) {
        lock.withLock { if problem == nil { problem = reason } }
        task.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        let status = http?.statusCode ?? 0
        let mime = (http?.value(forHTTPHeaderField: "Content-Type") ?? "").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        lock.withLock { type = mime }
        if !(200..<300).contains(status) {
            refuse(status == 403 || status == 404 || status == 410 ? "the link has expired (HTTP \(status))" : "HTTP \(status)", dataTask)
            completionHandler(.cancel)
        } else if !MediaDownloader.pictureTypes.contains(mime) {
            refuse("it is \(mime.isEmpty ? "of no stated type" : mime), not a picture", dataTask)
            completionHandler(.cancel)
        } else if response.expectedContentLength > Int64(limit) {
            refuse("it is \(response.expectedContentLength) bytes, more than the \(limit) allowed", dataTask)
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooBig = lock.withLock { () -> Bool in
            received.append(data)
            return received.count > limit
        }
        if tooBig { refuse("it is more than the \(limit) bytes allowed", dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error { lock.withLock { if problem == nil { problem = error.localizedDescription } } }
        done.signal()
    }
}
