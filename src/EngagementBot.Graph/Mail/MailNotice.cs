namespace EngagementBot.Graph.Mail;

/// <summary>
/// One notification mail. Sent exactly as given: no signature, footer or quoted history is added.
/// <paramref name="RecipientAddress"/> skips the directory look-up when the caller already knows it.
/// <paramref name="Urgent"/> marks the mail high importance (safety alerts).
/// </summary>
public sealed record MailNotice(
    string Subject,
    string Body,
    MailBodyFormat Format = MailBodyFormat.Text,
    string? RecipientAddress = null,
    bool Urgent = false);
