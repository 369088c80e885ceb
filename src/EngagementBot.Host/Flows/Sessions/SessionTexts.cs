namespace EngagementBot.Host.Flows.Sessions;

/// <summary>What the session flow says. Plain text for chat messages; the card escapes what it binds.</summary>
internal static class SessionTexts
{
    public const string CardHint = "You can also type \"arrived\", \"left safely\", \"extend 30 minutes\" or \"running late\".";

    public const string CardAlertRaised = "Your manager has been alerted. Check in now and I'll let them know you're safe.";

    public const string NotIdentified =
        "I can't tell who you are from this chat, so I can't keep a check-in session for you. Please make sure someone at work knows where you are and when you're due back.";

    public const string NoSession =
        "You don't have a visit session running. Plan a visit (say \"plan a visit\") and I'll start one for it, then check on you if you're not back by your time.";

    public const string NotYours = "This session belongs to someone else, so I can't change it for you.";

    public const string Unknown = "I can't find that session any more. Say \"check in\" to see your current one.";

    public const string Busy = "Sorry — that clashed with another change to your session. Please try again.";

    public const string ForManagersOnly =
        "Team status is for managers and duty contacts. If you're worried about a colleague, please speak to your manager.";

    public const string TeamAllClear = "No visits are open in your team right now.";

    public static string Started(string caseReference, string dueBack) =>
        $"Your check-in session for {caseReference} is running. If you haven't said \"left safely\" by {dueBack}, I'll check on you.";

    public static string StartedAlready(string caseReference, string dueBack) =>
        $"Your check-in session for {caseReference} is already running, due back by {dueBack}.";

    public static string Arrived(string caseReference, string dueBack) =>
        $"Thanks — you're checked in for {caseReference}. Say \"left safely\" when you're out; you're due back by {dueBack}.";

    public static string ArrivedLate(string caseReference, string dueBack, string alertAt) =>
        $"Thanks — you're checked in for {caseReference}. Your return time ({dueBack}) has passed, so please say \"extend 30 minutes\" (or how long you need) or \"left safely\" — otherwise I'll alert your manager at {alertAt}.";

    public static string Left(string caseReference) => $"Thanks — glad you're safe. I've closed your session for {caseReference}.";

    public static string Extended(string caseReference, string by, string dueBack) =>
        $"Done — I've added {by} to your visit for {caseReference}. You're now due back by {dueBack}.";

    public static string Late(string caseReference, string by, string dueBack) =>
        $"OK — I've given you {by} more for {caseReference}; you're now due back by {dueBack}. Need longer? Say \"extend 45 minutes\" or \"extend 1 hour\".";

    public const string StoodDown = "I've let the people I alerted know that you've checked in.";

    public static string AlreadyClosed(string caseReference) => $"Your session for {caseReference} is already closed.";

    public static string OthersOpen(int others) =>
        others == 1 ? "You have 1 other visit open; say \"check in\" after this to see it." : $"You have {others} other visits open; say \"check in\" after this to see the next one.";

    public const string HowLong = "I can extend by anything up to 8 hours at a time — say how long you need, like \"extend 45 minutes\" or \"extend 1 hour\".";

    public static string ArrivedAfterAlert(string caseReference) =>
        $"Thanks — you're checked in for {caseReference}. Say \"left safely\" when you're out, or extend if you need longer.";

    public static string Prompt(string caseReference, string dueBack) =>
        $"Your visit for {caseReference} was due to finish at {dueBack}. Are you safe?";

    public static string PromptCardNotice(string caseReference, string dueBack) =>
        $"{Prompt(caseReference, dueBack)} Tap \"Left safely\" if you're out, or extend if you need longer.";

    public static string Chase(string caseReference) =>
        $"It's the end of the working day and your visit for {caseReference} is still open. Please tap \"Left safely\" if you're out, or extend it if you're still there.";

    public const string StartedCardNotice = "Your visit session is running.";

    public static string ManagerChaseSubject(int count) =>
        count == 1 ? "A visit is still open at the end of the day" : $"{count} visits are still open at the end of the day";

    public static string ManagerChase(IReadOnlyList<string> lines) =>
        $"""
        End of the working day: these visits have not been closed yet. I've asked each worker to check out or extend; please make sure they're safe.

        {string.Join("\n\n", lines)}
        """;
}
