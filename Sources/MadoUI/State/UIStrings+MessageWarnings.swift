import Foundation
import MadoCore

/// Notes kept on a message (`messages.warnings`) are stored in English, so exports read the same
/// everywhere; the thread says the ones mado writes itself in the screen's language. A note this
/// table does not know (a mail parser's) is shown as stored.
extension UIStrings {
    public func messageWarning(_ stored: String) -> String {
        guard ja else { return stored }
        // "{1}" gives back the reason inside the sentence.
        if let reason = Self.pictureNote.japanese(for: stored) {
            let said = ErrorPhrasebook.japanese(reason, Self.pictureReasons) ?? "「\(reason)」"
            return "画像をダウンロードできませんでした（\(said)）。リンクは残してありますが、Instagram のリンクは期限が切れます。"
        }
        return stored
    }

    /// Store.pictureNote's sentence.
    static let pictureNote = ErrorPhrase("Picture not downloaded ({}); its link is kept but Instagram's links expire.", "{1}")

    /// MediaDownloader's reasons (its `.notDownloaded` and `refuse` sentences).
    public static let pictureReasons: [ErrorPhrase] = [
        ErrorPhrase("not a web link", "ウェブのリンクではありません"),
        ErrorPhrase("{} is not one of Instagram's servers", "「{1}」は Instagram のサーバーではないため取得しません"),
        ErrorPhrase("the server said {} but the bytes are not that kind of picture", "サーバーは「{1}」と答えましたが、中身がその種類の画像ではありません"),
        ErrorPhrase("the link has expired (HTTP {})", "リンクの期限が切れています（HTTP {1}）"),
        ErrorPhrase("HTTP {}", "サーバーが HTTP {1} を返しました"),
        ErrorPhrase("it is of no stated type, not a picture", "種類の示されていないデータで、画像ではありません"),
        ErrorPhrase("it is {}, not a picture", "「{1}」で、画像ではありません"),
        ErrorPhrase("it is {} bytes, more than the {} allowed", "{1} バイトあり、上限の {2} バイトを超えています"),
        ErrorPhrase("it is more than the {} bytes allowed", "上限の {1} バイトを超えています"),
    ]
}
