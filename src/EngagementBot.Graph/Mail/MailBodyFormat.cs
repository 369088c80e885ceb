using System.Text.Json.Serialization;

namespace EngagementBot.Graph.Mail;

[JsonConverter(typeof(JsonStringEnumConverter<MailBodyFormat>))]
public enum MailBodyFormat
{
    Text,
    Html,
}
