import CNCursesW
import MadoUI

/// Theme styles → ncurses attributes and colour pairs, made once per theme.
struct Palette {
    struct Resolved {
        var attributes: attr_t
        var pair: Int16
    }

    private var resolved: [StyleRole: Resolved] = [:]

    init(theme: Theme, colours: Bool) {
        var pairs: [String: Int16] = [:]
        let available = Int(mado_colors())
        for role in StyleRole.allCases {
            guard colours else {
                resolved[role] = Resolved(attributes: Palette.attributes(role.monochrome), pair: 0)
                continue
            }
            let style = theme.style(for: role)
            var attributes = style.attributes
            let foreground = Palette.number(style.foreground, available: available, brightAsBold: &attributes)
            var ignored: TextAttributes = []
            let background = Palette.number(style.background, available: available, brightAsBold: &ignored)
            let key = "\(foreground)/\(background)"
            var pair: Int16 = 0
            if foreground != -1 || background != -1 {
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < Int(mado_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, Int16(foreground), Int16(background))
                    pairs[key] = pair
                }
            }
            resolved[role] = Resolved(attributes: Palette.attributes(attributes), pair: pair)
        }
    }

    func style(for role: StyleRole) -> Resolved {
        resolved[role] ?? Resolved(attributes: mado_a_normal(), pair: 0)
    }

    /// A colour number the terminal has: bright colours on an 8-colour terminal become bold.
    static func number(_ colour: ThemeColor, available: Int, brightAsBold: inout TextAttributes) -> Int {
        switch colour {
        case .terminalDefault: return -1
        case .index(let index):
            if index < available { return index }
            if index < 16 {
                brightAsBold.insert(.bold)
                return index - 8
            }
            return 7
        }
    }

    static func attributes(_ set: TextAttributes) -> attr_t {
        var value = mado_a_normal()
        if set.contains(.bold) { value |= mado_a_bold() }
        if set.contains(.reverse) { value |= mado_a_reverse() }
        if set.contains(.underline) { value |= mado_a_underline() }
        if set.contains(.dim) { value |= mado_a_dim() }
        if set.contains(.italic) { value |= mado_a_italic() }
        return value
    }
}
