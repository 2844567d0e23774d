package dev.dbtokens.client.internal.http;

import java.util.List;

import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.OnBehalfOfToken;
import dev.dbtokens.client.PermissionLevel;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.TokenPermissions;
import dev.dbtokens.client.error.BadRequestException;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.InternalErrorException;
import dev.dbtokens.client.error.InvalidParameterValueException;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.error.QuotaExceededException;
import dev.dbtokens.client.error.ResourceConflictException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import dev.dbtokens.client.error.TooManyRequestsException;
import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.internal.wire.AccessControlRequestBody;
import dev.dbtokens.client.internal.wire.BoundedList;
import dev.dbtokens.client.internal.wire.CreateTokenRequestBody;
import dev.dbtokens.client.internal.wire.DeleteTokenRequestBody;
import dev.dbtokens.client.internal.wire.ErrorAnswer;
import dev.dbtokens.client.internal.wire.ListTokenInfosAnswer;
import dev.dbtokens.client.internal.wire.ListTokensAnswer;
import dev.dbtokens.client.internal.wire.OAuthDiscoveryAnswer;
import dev.dbtokens.client.internal.wire.OAuthErrorAnswer;
import dev.dbtokens.client.internal.wire.OAuthTokenAnswer;
import dev.dbtokens.client.internal.wire.OnBehalfOfRequestBody;
import dev.dbtokens.client.internal.wire.PermissionLevelsAnswer;
import dev.dbtokens.client.internal.wire.TokenInfoAnswer;
import dev.dbtokens.client.internal.wire.UpdateTokenRequestBody;
import dev.dbtokens.client.internal.wire.UpdatedTokenAnswer;
import dev.dbtokens.client.internal.wire.WorkspaceConfKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What a native image needs: Jackson binds the wire records by reflection, the typed exceptions
 * are created through their constructors, and the version is read from a resource.
 */
public class TokensRuntimeHints implements RuntimeHintsRegistrar {

	public static final List<Class<?>> JSON_TYPES = List.of(CreateTokenRequest.class, CreateTokenResponse.class,
			PublicTokenInfo.class, CreateTokenRequestBody.class, DeleteTokenRequestBody.class, ListTokensAnswer.class, UpdateTokenRequestBody.class,
			UpdateTokenRequestBody.Fields.class, UpdatedTokenAnswer.class, ErrorAnswer.class, TokenInfo.class, TokenInfoAnswer.class,
			ListTokenInfosAnswer.class, OnBehalfOfRequestBody.class, OnBehalfOfToken.class, AccessControlRequestBody.class,
			AccessControlRequestBody.Entry.class, TokenPermissions.class, TokenPermissions.Grant.class, TokenPermissions.Permission.class,
			PermissionLevel.class, PermissionLevelsAnswer.class, WorkspaceConfKeys.class,
			OAuthTokenAnswer.class, OAuthDiscoveryAnswer.class, OAuthErrorAnswer.class, BoundedList.OfPublicTokenInfos.class,
			BoundedList.OfTokenInfos.class, BoundedList.OfDetails.class);

	public static final List<Class<?>> EXCEPTIONS = List.of(DatabricksApiException.class, BadRequestException.class,
			InvalidParameterValueException.class, UnauthenticatedException.class, PermissionDeniedException.class,
			NotFoundException.class, ResourceDoesNotExistException.class, ResourceConflictException.class,
			TooManyRequestsException.class, QuotaExceededException.class, InternalErrorException.class,
			TemporarilyUnavailableException.class, DeadlineExceededException.class, TokenCreationOutcomeUnknownException.class);

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		JSON_TYPES.forEach((type) -> hints.reflection()
			.registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS,
					MemberCategory.ACCESS_DECLARED_FIELDS));
		EXCEPTIONS.forEach((type) -> hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
		hints.resources().registerPattern("dev/dbtokens/client/version.properties");
	}

}
