using EngagementBot.Host.Composition;
using EngagementBot.Host.Endpoints;
using EngagementBot.Storage;

// The content root is the app's own folder (appsettings, cards/, dialogs/ and seeds/packs are
// shipped there), whatever the working directory the host was started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (!builder.Environment.IsDevelopment())
{
    // Structured, one JSON object per line; messages never carry user text or case details.
    builder.Logging.ClearProviders().AddJsonConsole();
}

builder.Services.AddEngagementBot(builder.Configuration);

var app = builder.Build();
app.MapMessagesEndpoint();
app.MapHealthEndpoints();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
