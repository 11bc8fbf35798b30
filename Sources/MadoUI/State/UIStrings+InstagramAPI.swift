import Foundation

/// Words for Instagram through Meta's API in the open inbox: messages the spool brought, and
/// what could not be done in the background (the detail after the colon is the API's, with its code).
extension UIStrings {
    public func instagramArrived(_ count: Int) -> String {
        ja ? "Instagram のメッセージが \(count) 件届きました。" : (count == 1 ? "1 new Instagram message." : "\(count) new Instagram messages.")
    }
    public func instagramNotImported(_ detail: String) -> String {
        ja ? "Instagram の受信データを取り込めませんでした: \(detail)" : "An Instagram webhook payload could not be imported: \(detail)"
    }
    public func instagramBackgroundProblem(_ detail: String) -> String {
        ja ? "Instagram（バックグラウンド処理）: \(detail)" : "Instagram (in the background): \(detail)"
    }
}
