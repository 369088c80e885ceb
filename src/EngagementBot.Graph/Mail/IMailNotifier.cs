namespace EngagementBot.Graph.Mail;

/// <summary>Mail through Graph, from the bot's mailbox (<c>Graph:MailSenderAadObjectId</c>).</summary>
public interface IMailNotifier
{
    /// <summary>
    /// Sends <paramref name="notice"/> to the user's mail address (looked up with
    /// <c>GET /users/{id}?$select=mail</c> unless the notice carries one) through
    /// <c>POST /users/{sender}/sendMail</c>. A user without a mail address fails non-transiently.
    /// </summary>
    Task SendAsync(string userAadObjectId, MailNotice notice, CancellationToken cancellationToken);
}
