import Foundation

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
    public var reportHint: String { ja ? "Esc/q 閉じる  数値の定義: README「Reports」・mado report" : "Esc/q close  definitions: README \"Reports\", mado report" }
    public var reportLoading: String { ja ? "レポートを集計中…" : "Working out the report…" }
}

/// A report row's counts as the screen words them.
public struct ReportRowWords {
    public var received, replied, closed, closedWithoutReply: Int
    public var reopenRate: String
}
