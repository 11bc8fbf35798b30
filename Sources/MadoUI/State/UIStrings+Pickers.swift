import Foundation
import MadoCore

/// Words for the pickers (agents, tags, priority, snooze, templates) and snooze times, in both languages.
extension UIStrings {
    /// Shown in a picker where typing does nothing (everything but tags and snooze).
    public var pickerKeys: String { ja ? "j/k ↑↓ 移動  Enter 決定  Esc 閉じる" : "j/k ↑↓ move  Enter choose  Esc close" }
    public var pickerNoTyping: String {
        ja ? "ここでは入力できません: j/k で移動、Enter で決定、Esc で閉じる" : "Nothing to type here: j/k move, Enter chooses, Esc closes."
    }
    public var snoozeTypeHint: String {
        ja ? "入力も可: 明日 10時, 月曜, 12月3日, 15時, 3h" : "or type: tomorrow 9am, mon, 12/3 14:00, 3h"
    }
    public func snoozeUnreadable(_ text: String) -> String {
        ja ? "日時を読めません: \(text)（例: 明日 10時, 来週, 12月3日, 15時, 3h）"
            : "Could not read '\(text)': try tomorrow 9am, 9am, mon, next week, 12/3 14:00, 3h or 2d."
    }

    /// Why Enter on an empty picker did nothing.
    public func pickerEmpty(_ kind: PickerKind) -> String {
        switch kind {
        case .tag: return ja ? "タグはまだありません: 名前を入力すると作成します" : "No tags yet: type a name to create one."
        case .assign: return ja ? "担当者がいません: :agent add ログイン名 名前" : "No agents yet: :agent add LOGIN NAME"
        case .template: return ja ? "テンプレートがありません（templates フォルダに .tmpl を置いてください）"
            : "No templates: put .tmpl files in the templates folder."
        default: return ja ? "選べるものがありません" : "Nothing to choose here."
        }
    }

    /// What a template still needs before it can be used: variables, or another channel ("channel:email").
    public func templateNeeds(_ needs: [String]) -> String {
        var words: [String] = []
        for need in needs {
            let word: String
            switch need {
            case "order.number", "order.status", "order.items":
                word = ja ? "注文（mado import orders）" : "an order (mado import orders)"
            case "shop.name": word = ja ? "店名（mado setup）" : "the shop's name (mado setup)"
            case "reply_by", "business_hours": word = ja ? "営業時間（設定の [hours]）" : "business hours ([hours] in the config)"
            case "conversation.subject": word = ja ? "件名" : "a subject"
            case "customer.name", "customer.first_name": word = ja ? "お客様の名前" : "the customer's name"
            case _ where need.hasPrefix("channel:"):
                // A template for another channel: "メール専用", "LINE only".
                let channel = Channel(rawValue: String(need.dropFirst(8)))
                let name = channel.map(channelName) ?? String(need.dropFirst(8))
                word = ja ? "\(name) 専用" : "\(channel == .email ? "email" : name) only"
            default: word = "{{\(need)}}"
            }
            if !words.contains(word) { words.append(word) }
        }
        return (ja ? "使えません: " : "needs ") + words.joined(separator: ja ? "、" : ", ")
    }

    /// "Thu 19 Nov 10:00" / "11月19日(木) 10:00"; "today 15:00", "tomorrow 10:00" when that near.
    public func wakeTime(_ date: Date, now: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 99
        if days == 0 { return (ja ? "今日 " : "today ") + time }
        if days == 1 { return (ja ? "明日 " : "tomorrow ") + time }
        let year = c.year != calendar.component(.year, from: now) ? c.year.map { ja ? "\($0)年" : " \($0)" } ?? "" : ""
        if ja {
            let weekday = ["日", "月", "火", "水", "木", "金", "土"][(c.weekday ?? 1) - 1]
            return "\(year)\(c.month ?? 0)月\(c.day ?? 0)日(\(weekday)) \(time)"
        }
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(c.weekday ?? 1) - 1]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(c.month ?? 1) - 1]
        return "\(weekday) \(c.day ?? 0) \(month)\(year) \(time)"
    }

    /// The thread header's line for a snoozed conversation.
    public func snoozedUntil(_ wake: String) -> String { ja ? "スヌーズ中: \(wake) に戻ります" : "Snoozed until \(wake)" }
}
