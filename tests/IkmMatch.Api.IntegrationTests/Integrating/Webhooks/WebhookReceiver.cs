using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace IkmMatch.Api.IntegrationTests.Integrating.Webhooks;

public static class ReceivedWebhooks
{
    /// <summary>
    /// Verifies the signature with the StandardWebhooks package, an implementation independent of IkmMatch's signer. Each
    /// of the space-separated signatures is offered to it alone (the package checks the first signature of a header
    /// only), so that a message signed with two secrets during a rotation verifies with either.
    /// </summary>
    public static void ShouldBeSignedWith(this ReceivedWebhook received, string secret)
    {
        var signatures = received.Headers["webhook-signature"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        signatures.ShouldNotBeEmpty();
        var verified = signatures.Count(signature =>
        {
            var headers = new HeaderDictionary(received.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase))
            {
                ["webhook-signature"] = signature,
            };
            try
            {
                new StandardWebhooks.StandardWebhook(secret).Verify(received.Body, headers);
                return true;
            }
            catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
            {
                return false;
            }
        });
        verified.ShouldBe(1, $"webhook-signature: {string.Join(' ', signatures)}");
    }
}

/// <summary>One POST as the receiver got it: the raw body and the headers, to verify with an independent implementation.</summary>
public sealed record ReceivedWebhook(string Body, IHeaderDictionary Headers)
{
    public string Id => Headers["webhook-id"].ToString();
}

/// <summary>
/// An outside system's webhook endpoint on a loopback port (Kestrel): records every POST and answers what the test
/// queued (200 when nothing is queued). A test waits on <see cref="NextAsync"/>, never on time alone.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => new StringValues([.. h.Value]), StringComparer.OrdinalIgnoreCase));
            await receiver._received.Writer.WriteAsync(new ReceivedWebhook(body, headers));
            if (receiver._answers.TryDequeue(out var answer))
            {
                await answer(context.Response);
            }
            else
            {
                context.Response.StatusCode = 200;
            }
        });
        await app.StartAsync();
        receiver.Url = app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/hook";
        return receiver;
    }

    /// <summary>The next answer: a status code, with optional headers.</summary>
    public void Answer(int status, string? retryAfter = null) => _answers.Enqueue(response =>
    {
        response.StatusCode = status;
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    });

    /// <summary>The next answer waits for <paramref name="release"/> (a delivery in flight when the API stops).</summary>
    public void Hold(Task release) => _answers.Enqueue(async response =>
    {
        await release;
        response.StatusCode = 200;
    });

    /// <summary>The next POST received, within <paramref name="timeout"/> (30 s when not given).</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await _received.Reader.ReadAsync(cancel.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
