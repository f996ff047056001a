using FluentValidation;
using IkmMatch.Application.Changes;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired");
        RuleFor(x => x.Body.Url)
            .NotEmpty().Say("validation.required")
            .MaximumLength(2000).Say("validation.maxLength", 2000)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http").Say("validation.webhookUrl")
            .When(x => x.Body is not null);
        RuleFor(x => x.Body.EventTypes)
            .NotEmpty().Say("validation.required")
            .Must(types => EventTypeFilter.TryParse(string.Join(',', types), out _) && types.All(t => !t.Contains(',', StringComparison.Ordinal)))
            .Say("validation.eventTypes", string.Join(", ", EventTypes.All))
            .When(x => x.Body is not null);
    }
}
