import Foundation
import MadoCore

/// Words of the report screen (`:report`). The figures' names are the README's definitions.
extension UIStrings {
    public func reportTitle(days: Int) -> String { ja ? "レポート（直近\(days)日）" : "Report — last \(days) days" }
    public func reportVolumes(_ row: ReportRowWords) -> String {
        ja ? "受付 \(row.received)  返信 \(row.replied)  完了 \(row.closed)  返信なし完了 \(row.closedWithoutReply)  再オープン率 \(row.reopenRate)"
            : "Received \(row.received)  Replied \(row.replied)  Closed \(row.closed)  Closed without reply \(row.closedWithoutReply)  Reopen \(row.reopenRate)"
    }
    public var reportFirstResponse: String { ja ? "初回返信時間（営業時間）" : "First response (business hours)" }
    public var reportResolution: String { ja ? "解決時間（営業時間）" : "Resolution (business hours)" }
    public func reportTimeSummary(n: Int, median: String, p90: String) -> String {
        ja ? "中央値 \(median)  90%点 \(p90)  n=\(n)" : "median \(median)  90th \(p90)  n=\(n)"
    }
    public func reportFirstReply(_ share: String) -> String { ja ? "初回返信で解決 \(share)" : "Resolved on first reply \(share)" }
    public func reportCSAT(average: String, satisfied: String, responseRate: String) -> String {
        ja ? "満足度 平均 \(average)（4〜5: \(satisfied)・回答率 \(responseRate)）"
            : "CSAT average \(average) (4–5: \(satisfied), response rate \(responseRate))"
    }
    public var reportBacklog: String { ja ? "未完了（日末）" : "Backlog (end of day)" }
    public var reportRepliesPerDay: String { ja ? "返信（日別）" : "Replies per day" }
    public var reportHint: String {
        ja ? "j/k 数値を選ぶ  Enter 会話の一覧  Esc/q 閉じる  定義: README「Reports」"
            : "j/k figure  Enter its conversations  Esc/q close  definitions: README \"Reports\""
    }
    /// A figure's name as the title of the list of conversations behind it.
    public func reportFigureName(_ figure: ReportFigure) -> String {
        switch figure {
        case .received: return ja ? "受付" : "Received"
        case .replied: return ja ? "初回返信" : "First response"
        case .resolved: return ja ? "解決" : "Resolution"
        case .closedWithoutReply: return ja ? "返信なし完了" : "Closed without reply"
        case .firstResponse(let bucket): return (ja ? "初回返信 " : "First response ") + TimeFigures.bucketNames[bucket]
        case .resolution(let bucket): return (ja ? "解決 " : "Resolution ") + TimeFigures.bucketNames[bucket]
        case .reopened, .resolvedOnFirstReply, .rated, .backlog: return reportFigureName2(figure)
        }
    }
    public var reportNothingBehind: String { ja ? "この数値に該当する会話はありません" : "No conversations behind this figure" }
    public var reportLoading: String { ja ? "レポートを集計中…" : "Working out the report…" }
}

/// A report row's counts as the screen words them.
public struct ReportRowWords {
    public var received, replied, closed, closedWithoutReply: Int
    public var reopenRate: String
}
