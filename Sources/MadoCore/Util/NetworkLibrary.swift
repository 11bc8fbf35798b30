import CCurlOnDemand
import Foundation

/// libcurl, which URLSession runs on, is loaded on the first network call rather than at every
/// process start (see Sources/CCurlOnDemand). Everything that makes a URLSession asks here first:
/// without libcurl URLSession would stop the process, so the user gets this error instead.
public enum NetworkLibrary {
    /// Throws when libcurl cannot be loaded; loads it once, then costs nothing.
    public static func require() throws {
        if let reason = mado_curl_load() {
            throw NetworkLibraryError(reason: String(cString: reason))
        }
    }
}

/// libcurl is missing or unusable: nothing was sent or fetched.
public struct NetworkLibraryError: Error, CustomStringConvertible, Equatable {
    /// The dynamic loader's words.
    public var reason: String

    public init(reason: String) { self.reason = reason }

    public var description: String {
        "mado could not load libcurl, which it needs to reach Instagram and LINE (\(reason)); nothing was sent. Install it (on Debian: apt-get install libcurl4) and try again."
    }

    /// The sentence in Japanese, also for the text the outbox and importers keep.
    public static let phrase = ErrorPhrase(
        "mado could not load libcurl, which it needs to reach Instagram and LINE ({}); nothing was sent. Install it (on Debian: apt-get install libcurl4) and try again.",
        "Instagram と LINE への接続に必要なライブラリ「libcurl」を読み込めませんでした（「{1}」）。送信も取得もしていません。インストールして（「apt-get install libcurl4」など）もう一度実行してください。")
}
