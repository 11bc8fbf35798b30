import Foundation
import MadoCore

/// Words of the report screen's own lines and help, and of "later" on a merge suggestion.
extension UIStrings {
    public var suggestionLaterUntilTomorrow: String {
        ja ? "明日まで表示しません（後で確認）" : "Later: not shown again until tomorrow."
    }
}

extension UIStrings {
    public func reportClosedWithoutReplyLine(_ count: Int) -> String {
        ja ? "返信なし完了 \(count)（解決時間に含めない）" : "Closed without reply \(count) (not counted as resolved)"
    }
    public func reportReopenedLine(_ count: Int, rate: String) -> String {
        ja ? "お客様が再オープン \(count)（再オープン率 \(rate)）" : "Reopened by the customer \(count) (reopen rate \(rate))"
    }
    /// The names of the figures added after the first report screen (titles of their lists).
    func reportFigureName2(_ figure: ReportFigure) -> String {
        switch figure {
        case .reopened: return ja ? "再オープン" : "Reopened"
        case .resolvedOnFirstReply: return ja ? "初回返信で解決" : "Resolved on first reply"
        case .rated: return ja ? "満足度の回答" : "CSAT ratings"
        case .backlog: return ja ? "期間末に未完了" : "Open at the end"
        default: return ""
        }
    }
}

extension UIStrings {
    /// The thread's line about the latest orders import: "Orders since the last import: #1042 fulfilled, #1046 new".
    public func orderChangesLine(_ notes: [OrderChangeNote]) -> String {
        let list = notes.map { SafeText.line($0.order) + " " + orderChangeName($0.change) }.joined(separator: ja ? "、" : ", ")
        return ja ? "前回の注文取り込みで: \(list)" : "Orders since the last import: \(list)"
    }
    public func orderChangeName(_ change: OrderChange) -> String {
        switch change {
        case .new: return ja ? "新規" : "new"
        case .fulfilled: return ja ? "発送済みに" : "fulfilled"
        case .refunded: return ja ? "返金" : "refunded"
        case .cancelled: return ja ? "キャンセル" : "cancelled"
        }
    }
}
