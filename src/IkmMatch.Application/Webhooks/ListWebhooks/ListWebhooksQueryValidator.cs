using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Webhooks.ListWebhooks;

public sealed class ListWebhooksQueryValidator : AbstractValidator<ListWebhooksQuery>
{
    public ListWebhooksQueryValidator() => this.Paging();
}
