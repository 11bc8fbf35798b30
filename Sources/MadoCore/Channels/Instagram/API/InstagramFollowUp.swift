import Foundation

/// What follows an Instagram import once the messages are safely stored: the pictures are
/// downloaded before their links expire, and new customers are named from their profile (only
/// with a token; without one the number stays and nothing fails). Used by `mado import
/// instagram`, `--watch` and `mado instagram backfill`; the open inbox runs the same two steps in
/// the background (InstagramInboxWork).
public struct InstagramFollowUp: Sendable {
    public var profiles: InstagramProfileFetcher?
    public var pictures: InstagramPictureFetcher

    public init(profiles: InstagramProfileFetcher?, pictures: InstagramPictureFetcher = InstagramPictureFetcher()) {
        self.profiles = profiles
        self.pictures = pictures
    }

    public init(config: Config) {
        self.init(profiles: GraphAPIClient(config: config).map(InstagramProfileFetcher.init),
                  pictures: InstagramPictureFetcher(downloader: MediaDownloader(config: config)))
    }

    public struct Summary: Sendable, Equatable {
        public var named = 0
        public var downloaded = 0
        public var notDownloaded = 0
        /// Why profiles could not be asked for this time (they are asked again next time).
        public var profileProblem: String?

        public var line: String? {
            var parts: [String] = []
            if named > 0 { parts.append("named \(named) customer\(named == 1 ? "" : "s") from their profile") }
            if downloaded > 0 { parts.append("downloaded \(downloaded) picture\(downloaded == 1 ? "" : "s")") }
            if notDownloaded > 0 { parts.append("\(notDownloaded) picture\(notDownloaded == 1 ? "" : "s") could not be downloaded (the link is kept)") }
            if let profileProblem { parts.append("profiles not fetched: \(profileProblem)") }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
    }

    public func run(store: Store) throws -> Summary {
        var summary = Summary()
        let counts = try pictures.run(store: store)
        summary.downloaded = counts.downloaded
        summary.notDownloaded = counts.failed
        if let profiles {
            let result = try profiles.run(store: store)
            summary.named = result.named
            summary.profileProblem = result.stoppedBecause
        }
        return summary
    }
}
