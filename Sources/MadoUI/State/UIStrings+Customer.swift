import Foundation
import MadoCore

/// Words of the customer pane: notes, orders, alternatives, merge suggestions, merging.
extension UIStrings {
    public var customerNotesTitle: String { ja ? "メモ" : "Notes" }
    public func notesBy(_ login: String, _ day: String) -> String { ja ? "\(login) \(day) 更新" : "by \(login), \(day)" }
    public var noNotes: String { ja ? "（なし — N で書く）" : "(none — N to write)" }
    public var tagsTitle: String { ja ? "タグ" : "Tags" }
    public var ordersTitle: String { ja ? "注文" : "Orders" }
    public var noOrders: String { ja ? "（なし）" : "(none)" }
    public var unfulfilled: String { ja ? "未発送" : "unfulfilled" }
    public var alsoKnownAs: String { ja ? "別の値（統合元）" : "Also (from merges)" }
    public func fieldName(_ field: String) -> String {
        switch field {
        case "name": return ja ? "名前" : "name"
        case "notes": return ja ? "メモ" : "notes"
        default: return field
        }
    }

    /// "Maybe the same person as …, because …", over lines that fit a 30-column pane.
    public var maybeSamePerson: String { ja ? "同じ方かもしれません:" : "Maybe the same person as" }
    public func suggestedCustomer(_ name: String, id: Int64) -> String {
        ja ? "\(name) (#\(id))　理由:" : "\(name) (#\(id)), because"
    }
    public func reason(_ reason: MergeReason) -> String {
        switch reason {
        case .mentionsOrder(let order): return ja ? "注文 \(order) に言及" : "mentions order \(order)"
        case .mentionsAddress(let address): return ja ? "\(address) を記載" : "wrote \(address)"
        case .signatureAddress(let address): return ja ? "署名に \(address)" : "signature has \(address)"
        case .sameName(let name): return ja ? "同じ名前「\(name)」" : "same name \"\(name)\""
        }
    }
    public var suggestionKeys: String { ja ? "y 統合  n 別人  l 後で" : "y same  n not  l later" }

    public var pickMergeCustomer: String { ja ? "このお客様に統合（名前・アドレス・@ユーザー名・注文番号で検索）" : "Merge into this customer (name, address, @username, order #)" }
    public func merged(_ other: String, into keep: String, _ summary: String) -> String {
        ja ? "\(other) を \(keep) に統合しました（\(summary)） — u で元に戻す" : "Merged \(other) into \(keep) (\(summary)) — u undoes."
    }
    public func unmerged(_ summary: String) -> String { ja ? "統合を元に戻しました（\(summary)）" : "Merge undone (\(summary) back)." }
    public var notSamePerson: String { ja ? "別人として記録しました（今後は提案しません）" : "Noted: not the same person (not suggested again)." }
    public var suggestionLater: String { ja ? "後で確認します" : "Later, then." }
    public var notesSaved: String { ja ? "お客様メモを保存しました" : "Customer notes saved." }
}
