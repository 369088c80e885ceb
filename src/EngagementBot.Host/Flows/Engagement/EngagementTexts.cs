namespace EngagementBot.Host.Flows.Engagement;

/// <summary>What the engagement log says to people: short, plain, never blaming.</summary>
public static class EngagementTexts
{
    public const string NotIdentified =
        "I couldn't tell who you are from this chat, so I can't log this. Please try again from your own Teams account.";

    public const string NeedCase =
        "Which case is this for? Say it again with the case reference, for example \"missed appointment SC-0017-3 yesterday\".";

    public const string FutureDay =
        "That day is still to come, so I can't log it yet. Say it again with the day it happened, for example \"yesterday\" or \"on Monday\".";

    public const string LeftOut =
        "I left out the other words (such as an address or a name): the log only keeps what happened, the case and the day.";

    public const string Cancelled = "Okay, nothing was logged.";

    public const string Change = "No problem. Correct anything on the card and press Log it, or type the line again.";

    public const string ConfirmQuestion = "Shall I log this?";

    public const string ConfirmHint = "Yes to log it, Change to correct it, Cancel to drop it.";

    public const string ConfirmAgain = "Please say yes to log it, change to correct it, or cancel.";

    public const string CardIncomplete = "Please choose what happened and give the case reference and the day.";

    public const string CardCaseReference = "That doesn't look like a case reference. Please use the reference only — never a name, a date of birth or an address.";

    public const string NoteTooLong = "Please keep the note short (280 characters at most).";

    public const string HowToLog =
        "Tell me in one line, for example \"no access case SC-0017-3\" or \"missed appointment SC-0017-3 yesterday\" — or use this card.";

    public const string HowToChronology =
        "Type \"chronology\" or \"summary\" with the case reference, for example \"chronology SC-0017-3\" or \"summary SC-0017-3\".";

    public static string Understood(string kind, string caseReference, string day) =>
        $"I understood: {kind}, case {caseReference}, {day}.";

    public static string Logged(string kind, string caseReference, string day, string agency) =>
        $"Logged: {kind} on case {caseReference}, {day}, for {agency}. Every agency working with the case can see it in the chronology.";

    public static string AlreadyLogged(string caseReference) => $"That is already logged on case {caseReference}.";

    public static string WorkerPrompt(string prompt, string caseReference, bool managerTold) =>
        $"{prompt} Say \"escalate {caseReference}\" when you're ready."
        + (managerTold ? " I've let your line manager know." : "");

    public static string ManagerSubject(string caseReference) => $"Engagement concern on case {caseReference}";

    public static string ManagerBody(string caseReference, string kind, string day, string agency, string prompt) =>
        $"An engagement concern was logged on case {caseReference}: {kind} ({day}, {agency}). {prompt} "
        + $"Please speak to the worker who logged it. The case chronology: type \"chronology {caseReference}\" to the bot.";
}
