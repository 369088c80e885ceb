namespace EngagementBot.Connector.Activities;

/// <summary>The activity <c>type</c> values the bot distinguishes.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
}

/// <summary>The <c>name</c> values of invoke activities the bot understands.</summary>
public static class InvokeNames
{
    /// <summary>An Adaptive Card Action.Execute (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
