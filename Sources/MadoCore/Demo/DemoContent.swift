enum DemoContent {
    static let customers: [DemoCustomer] = [
        DemoCustomer(name: "山田 太郎", email: "taro@example.jp", instagram: "taro_y"),
    ]
    static let conversations: [DemoConversation] = [
        DemoConversation(customer: 0, channel: .email, subject: "ご注文の配送状況について", status: .open, assignee: nil, tags: ["shipping"],
                         messages: [DemoMessage(kind: .customer, minutesAgo: 90, text: "お世話になっております。\n注文 #1042 の配送状況を教えてください。")]),
    ]
}
