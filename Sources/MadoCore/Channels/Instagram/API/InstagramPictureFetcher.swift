import Foundation

/// Downloads the pictures of newly imported Instagram messages (their links expire), one after
/// the other; a picture that cannot be had is noted and never holds up the import or the next.
public struct InstagramPictureFetcher: Sendable {
    public var downloader: MediaDownloader

    public init(downloader: MediaDownloader = MediaDownloader()) {
        self.downloader = downloader
    }

    /// Returns how many were downloaded and how many failed.
    @discardableResult
    public func run(store: Store, limit: Int = 50) throws -> (downloaded: Int, failed: Int) {
        var counts = (downloaded: 0, failed: 0)
        // Without libcurl no picture is tried, so none is marked as failed for good.
        try NetworkLibrary.require()
        for picture in try store.instagramPicturesToFetch(limit: limit) {
            let outcome = downloader.download(picture.url)
            try InstagramPictureFetcher.record(outcome, for: picture, in: store)
            if case .downloaded = outcome { counts.downloaded += 1 } else { counts.failed += 1 }
        }
        return counts
    }

    public static func record(_ outcome: MediaDownloader.Outcome, for picture: PendingPicture, in store: Store) throws {
        switch outcome {
        case .downloaded(let data, let type): try store.storePicture(picture.attachmentID, data: data, contentType: type)
        case .notDownloaded(let reason): try store.pictureNotFetched(picture.attachmentID, messageID: picture.messageID, reason: reason)
        }
    }
}
