using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace IkmMatch.Api.IntegrationTests.Integrating.Webhooks;

public sealed record WebhookDto(Guid Id, string Url, List<string> EventTypes, bool Enabled, string? DisabledReason, DateTimeOffset CreatedAt);

public sealed record WebhookSecretDto(WebhookDto Webhook, string Secret, DateTimeOffset? PreviousSecretExpiresAt);

public sealed record DeliveryDto(Guid Id, Guid MessageId, string EventType, string Status, int Attempts, DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatusCode, string? LastError);

/// <summary>The API with receivers on loopback allowed and a sender that looks for due deliveries often.</summary>
public sealed class WebhookApiFactory : ApiFactory
{
    public WebhookApiFactory()
    {
        Settings["Webhooks:AllowPrivateTargets"] = "true";
        Settings["Webhooks:PollMilliseconds"] = "50";
        Settings["Outbox:PollSeconds"] = "1";
    }
}

/// <summary>Subscriptions and signed deliveries, verified by the independent StandardWebhooks package.</summary>
public sealed class WebhookTests(WebhookApiFactory factory) : IClassFixture<WebhookApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<WebhookSecretDto> SubscribeAsync(string url, params string[] types) =>
        await (await _client.PostJsonAsync("/api/v1/webhooks", new { url, eventTypes = types })).ShouldBeAsync<WebhookSecretDto>(HttpStatusCode.Created);

    private async Task<List<DeliveryDto>> DeliveriesAsync(Guid subscription) =>
        (await (await _client.GetAsync($"/api/v1/webhooks/{subscription}/deliveries?pageSize=100")).ShouldBeAsync<PageDto<DeliveryDto>>(HttpStatusCode.OK)).Items;

    [Fact]
    public async Task Subscription_ChangeOfItsType_ArrivesSignedPerStandardWebhooks()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await SubscribeAsync(receiver.Url, "ikm.created");
        subscription.Secret.ShouldStartWith("whsec_");

        await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        var ikm = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var received = await receiver.NextAsync();

        received.ShouldBeSignedWith(subscription.Secret);
        Should.Throw<WebhookVerificationException>(() => new StandardWebhook("whsec_" + Convert.ToBase64String(new byte[32])).Verify(received.Body, received.Headers));
        var body = JsonNode.Parse(received.Body)!;
        body["type"]!.GetValue<string>().ShouldBe("ikm.created");
        body["data"]!["subject"]!.GetValue<Guid>().ShouldBe(ikm.Id);
        var read = await (await _client.GetAsync($"/api/v1/webhooks/{subscription.Webhook.Id}")).ShouldBeAsync<JsonObject>(HttpStatusCode.OK);
        read.ContainsKey("secret").ShouldBeFalse();
    }

    [Fact]
    public async Task Delivery_Refused_IsRetriedLaterHonouringRetryAfterAndRedeliveredWithTheSameId()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await SubscribeAsync(receiver.Url, "industry.created");
        receiver.Answer(503, retryAfter: "3600");

        await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        var first = await receiver.NextAsync();
        var log = await WaitForAsync(subscription.Webhook.Id, d => d.Attempts == 1);

        var delivery = log.ShouldHaveSingleItem();
        (delivery.Status, delivery.LastStatusCode).ShouldBe(("Pending", 503));
        (delivery.NextAttemptAt!.Value - delivery.LastAttemptAt!.Value).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(59));

        var redeliver = await _client.PostAsync($"/api/v1/webhooks/{subscription.Webhook.Id}/deliveries/{delivery.Id}/redeliver", null);
        redeliver.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var again = await receiver.NextAsync();
        again.Id.ShouldBe(first.Id);
        again.ShouldBeSignedWith(subscription.Secret);
        (await WaitForAsync(subscription.Webhook.Id, d => d.Status == "Succeeded")).ShouldHaveSingleItem().LastStatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Receiver_Answering410_DisablesTheSubscription()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await SubscribeAsync(receiver.Url, "need.posted");
        receiver.Answer(410);
        var industry = await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);

        await (await _client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id))).ShouldBeAsync<NeedDto>(HttpStatusCode.Created);
        await receiver.NextAsync();
        await WaitForAsync(subscription.Webhook.Id, d => d.Attempts == 1);

        var read = await (await _client.GetAsync($"/api/v1/webhooks/{subscription.Webhook.Id}")).ShouldBeAsync<WebhookDto>(HttpStatusCode.OK);
        read.Enabled.ShouldBeFalse();
        read.DisabledReason!.ShouldContain("410");
    }

    [Fact]
    public async Task Rotation_SignsWithTheNewAndThePreviousSecret_AndPingArrives()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await SubscribeAsync(receiver.Url, "ikm.archived");

        var rotated = await (await _client.PostAsync($"/api/v1/webhooks/{subscription.Webhook.Id}/rotate-secret", null)).ShouldBeAsync<WebhookSecretDto>(HttpStatusCode.OK);
        (await _client.PostAsync($"/api/v1/webhooks/{subscription.Webhook.Id}/ping", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var ping = await receiver.NextAsync();

        rotated.Secret.ShouldNotBe(subscription.Secret);
        rotated.PreviousSecretExpiresAt.ShouldNotBeNull();
        JsonNode.Parse(ping.Body)!["type"]!.GetValue<string>().ShouldBe("webhook.ping");
        ping.ShouldBeSignedWith(rotated.Secret);
        ping.ShouldBeSignedWith(subscription.Secret);
    }

    [Fact]
    public async Task Deleted_SubscriptionIsGone()
    {
        var subscription = await SubscribeAsync("http://127.0.0.1:9/hook", "ikm.created");

        (await _client.DeleteAsync($"/api/v1/webhooks/{subscription.Webhook.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetAsync($"/api/v1/webhooks/{subscription.Webhook.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("ikm.deleted", "eventTypes")]
    [InlineData("ikm.created", "url")]
    public async Task Subscribe_BadBody_Returns400NamingTheField(string type, string field)
    {
        var url = field == "url" ? "ftp://contoh.id/hook" : "http://127.0.0.1:9/hook";

        await (await _client.PostJsonAsync("/api/v1/webhooks", new { url, eventTypes = new[] { type } })).ShouldBeValidationProblemAsync(field);
    }

    private async Task<List<DeliveryDto>> WaitForAsync(Guid subscription, Func<DeliveryDto, bool> condition)
    {
        // The sender records the outcome in the transaction it commits after the receiver answered: poll the log until it shows.
        for (var i = 0; i < 200; i++)
        {
            var log = await DeliveriesAsync(subscription);
            if (log.Count > 0 && log.All(condition))
            {
                return log;
            }

            await Task.Yield();
        }

        throw new ShouldAssertException($"The delivery log never met the condition: {JsonSerializer.Serialize(await DeliveriesAsync(subscription))}");
    }
}

/// <summary>The product's default: no receivers on loopback or private networks.</summary>
public sealed class WebhookTargetTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://localhost/hook")]
    public async Task Subscribe_LoopbackOrPrivateTarget_Returns400(string url)
    {
        var response = await factory.CreateClient().PostJsonAsync("/api/v1/webhooks", new { url, eventTypes = new[] { "ikm.created" } });

        await response.ShouldBeValidationProblemAsync("url");
    }
}
