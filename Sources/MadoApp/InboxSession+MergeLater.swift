import Foundation
import MadoCore

extension InboxSession {
    /// When "later" on a merge suggestion ends: the start of the next day in the shop's time zone
    /// (the `[hours]` one), so the suggestion is back on the next working day, not in an hour.
    func startOfTomorrow() throws -> Date {
        let hours = try self.hours ?? BusinessHours(config: Config())
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hours.timeZone
        // 36 hours after today's start is inside tomorrow whatever a daylight-saving change does.
        return calendar.startOfDay(for: calendar.startOfDay(for: store.clock()).addingTimeInterval(36 * 3600))
    }
}
