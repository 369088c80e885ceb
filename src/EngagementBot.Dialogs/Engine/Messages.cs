using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Everything the engine itself says, in one place: plain, kind, and telling people what to do next.
/// (Question wording lives in the definitions; what each answer kind expects lives with the kind.)
/// </summary>
internal static class Messages
{
    public const string AlarmRaised = "I'm raising the alarm — see the chat.";

    public const string SafetyLine = "If you're in danger, say 'SOS' — or call 999.";

    public static string Cancelled(DialogDefinition dialog) =>
        $"OK — I've stopped {dialog.DisplayTitle}. Whenever you're ready, you can start again from the menu.";

    public const string NothingToCancel = "There's nothing in progress to cancel. Say 'menu' to see what I can help with.";

    public static string Completed(DialogDefinition dialog) => $"That's {dialog.DisplayTitle} done — thank you.";

    public static string Updated(DialogDefinition? dialog) => dialog is null
        ? "Sorry — the questions I was asking you have been changed since we last spoke, so I can't carry on where we left off. Nothing you told me has been used. Please start again from the menu."
        : $"Sorry — the questions for {dialog.DisplayTitle} have been updated since we last spoke, so I can't safely carry on where we left off. Nothing you told me has been used. Would you like to start again? (yes / no)";

    public static string UpdatedStartingAfresh(DialogDefinition? dialog) =>
        $"The questions for {dialog?.DisplayTitle ?? "what we were doing"} have been updated since we last spoke, so I couldn't use your earlier answers — we're starting afresh.";

    public const string LostTrack = "Sorry — I lost track of where we were. Please start again from the menu.";

    public static string OfferSwitch(DialogDefinition current, DialogDefinition requested) => current.Id == requested.Id
        ? $"We're in the middle of {current.DisplayTitle}. Do you want to start it again from the beginning? Your answers so far would be dropped. (yes / no)"
        : $"We're in the middle of {current.DisplayTitle}. Do you want to stop it and start {requested.DisplayTitle} instead? Your answers so far would be dropped. (yes / no)";

    public const string CarryOn = "OK, let's carry on.";

    public const string NotNow = "OK. I'm here whenever you need me.";

    public const string GoingBack = "OK, let's go back.";

    public const string AtFirstQuestion = "This is the first question, so there's nothing to go back to.";

    public const string Skipped = "OK, I've left that one blank.";

    public static string CannotSkip(string howTo) => $"This one's needed, so I can't skip it. {howTo}";

    public const string EarlierCard = "That card was for an earlier question, so I haven't used it. Here's where we are now:";

    public const string SubmitTitle = "Send";

    public const string NextTitle = "Next";

    public const string ChooseAny = "Choose any";

    public const string ChooseAllThatApply = "Tick all that apply, then press Next. You can type them instead — their numbers in the order shown (\"1, 3 and 5\") or their words — or \"none\".";

    public const string PackFormTitle = "A few questions before you go";

    public const string FormByText = "No problem — let's go through it one question at a time.";

    public static string FormHelp(string submitTitle) =>
        $"Fill in the card and press '{submitTitle}'. If the card is hard to use, just type anything and I'll ask each question in turn.";

    public static string FormProblems(IEnumerable<string> problems) =>
        "A few answers on the card need another look:\n\n" + string.Join("\n\n", problems.Select(p => "- " + p)) +
        "\n\nPlease correct them on the card and send it again — or type anything and I'll ask one question at a time.";

    public static string Needed(string label) => $"{label}: this one's needed.";

    public static string WayOut(bool canSkip) =>
        "I'm struggling to understand this one — that's my fault, not yours. " +
        (canSkip ? "You can say 'skip' to leave it blank, " : "You can try again, ") +
        "say 'help' for more on what I need, or 'cancel' to stop for now. Nothing you've told me so far is lost.";

    /// <summary>"Got it: …." — one full stop, also when what was understood is a sentence already.</summary>
    public static string Understood(string understood) =>
        $"Got it: {Sentences.Of(understood)}";

    public static string Help(string? stepHelp, string howTo, bool canSkip, string question) =>
        string.Join(" ", new[] { stepHelp, howTo, canSkip ? "You can also say 'skip' to leave it blank." : null }.Where(s => !string.IsNullOrWhiteSpace(s))) +
        "\n\nSay 'back' to change your last answer, or 'cancel' to stop. " + SafetyLine +
        "\n\nThe question was: " + question;

    public const string Busy = "Sorry — two of your messages reached me at the same moment and I couldn't keep them apart. Please send your last answer again.";

    public static string ActionUnavailable(DialogDefinition dialog) =>
        $"Sorry — something isn't set up right on my side, so I can't finish {dialog.DisplayTitle} just now. Please let your manager or administrator know.";
}
