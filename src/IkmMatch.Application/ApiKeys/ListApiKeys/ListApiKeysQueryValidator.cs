using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.ApiKeys.ListApiKeys;

public sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator() => this.Paging();
}
