package dev.dbtokens.client;

import java.util.List;

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
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What a native image needs: Jackson binds the wire records by reflection, the typed exceptions
 * are created through their constructors, and the version is read from a resource.
 */
class TokensRuntimeHints implements RuntimeHintsRegistrar {

	static final List<Class<?>> JSON_TYPES = List.of(CreateTokenRequest.class, CreateTokenResponse.class,
			PublicTokenInfo.class, CreateTokenBody.class, DeleteTokenBody.class, ListTokensBody.class, UpdateTokenBody.class,
			UpdateTokenBody.Fields.class, UpdatedTokenAnswer.class, ErrorBody.class, TokenInfo.class, TokenInfoAnswer.class,
			ListTokenInfosBody.class, OnBehalfOfBody.class, OnBehalfOfToken.class, AccessControlBody.class,
			AccessControlBody.Entry.class, TokenPermissions.class, TokenPermissions.Grant.class, TokenPermissions.Permission.class,
			PermissionLevel.class, PermissionLevelsBody.class, WorkspaceConfBody.class,
			OAuthTokenBody.class, OAuthDiscoveryBody.class, OAuthErrorBody.class);

	static final List<Class<?>> EXCEPTIONS = List.of(DatabricksApiException.class, BadRequestException.class,
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
