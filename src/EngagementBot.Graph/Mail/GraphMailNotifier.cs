using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace EngagementBot.Graph.Mail;

internal sealed class GraphMailNotifier(
    GraphServiceClient graph,
    IOptions<GraphOptions> options,
    TimeProvider clock) : IMailNotifier
{
    private const string Operation = "send mail";
    private static readonly string[] AddressFields = ["mail"];

    public async Task SendAsync(string userAadObjectId, MailNotice notice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        ArgumentNullException.ThrowIfNull(notice);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.MailSenderAadObjectId))
        {
            throw new GraphDeliveryException($"{Operation}: Graph:MailSenderAadObjectId is not set", isTransient: false);
        }

        if (string.IsNullOrWhiteSpace(notice.Subject) || string.IsNullOrWhiteSpace(notice.Body))
        {
            throw new GraphDeliveryException($"{Operation}: invalid notice: the subject or body is empty", isTransient: false);
        }

        var address = string.IsNullOrWhiteSpace(notice.RecipientAddress)
            ? await FindAddressAsync(userAadObjectId, cancellationToken)
            : notice.RecipientAddress.Trim();

        var body = ToRequestBody(notice, address, settings.SaveMailToSentItems);
        await GraphErrors.RunAsync(
            Operation,
            ct => graph.Users[settings.MailSenderAadObjectId].SendMail.PostAsync(body, cancellationToken: ct),
            clock,
            cancellationToken);
    }

    internal static SendMailPostRequestBody ToRequestBody(MailNotice notice, string address, bool saveToSentItems) => new()
    {
        Message = new Message
        {
            Subject = notice.Subject,
            Body = new ItemBody
            {
                ContentType = notice.Format == MailBodyFormat.Html ? BodyType.Html : BodyType.Text,
                Content = notice.Body,
            },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = address } }],
            Importance = notice.Urgent ? Importance.High : Importance.Normal,
        },
        SaveToSentItems = saveToSentItems,
    };

    private async Task<string> FindAddressAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        var user = await GraphErrors.RunAsync(
            "look up mail address",
            ct => graph.Users[userAadObjectId].GetAsync(request => request.QueryParameters.Select = AddressFields, ct),
            clock,
            cancellationToken);

        // No mail property means no mailbox; the user principal name is not necessarily an address.
        return string.IsNullOrWhiteSpace(user?.Mail)
            ? throw new GraphDeliveryException($"{Operation}: the recipient has no mail address in the directory", isTransient: false)
            : user.Mail;
    }
}
