import type { GraphQLExtension, PayloadRequest } from 'payload'

import { requestPasswordReset } from '../endpoints/forgotPassword'
import { SignInRefused, signInGuardOf } from './signInGuard'

interface ResolverContext {
  req: PayloadRequest
  headers: Record<string, string>
}

type Resolver = (source: unknown, args: Record<string, unknown>, context: ResolverContext, info: unknown) => unknown

/**
 * GraphQL's `loginUser` and `forgotPasswordUser` reach the same operations as REST: they go through
 * the same guard (and the same reset-email interval), so GraphQL is no way around the limits. A
 * refusal is a GraphQL error carrying the same code, and the answer a `Retry-After` header.
 */
export const guardedSignInMutations: GraphQLExtension = (_graphQL, { Mutation }) => {
  const login = Mutation.fields.loginUser as { resolve: Resolver }
  const forgotPassword = Mutation.fields.forgotPasswordUser as { resolve: Resolver }

  const withRetryAfter = async <T>(context: ResolverContext, work: () => Promise<T>) => {
    try {
      return await work()
    } catch (error) {
      if (error instanceof SignInRefused) context.headers['Retry-After'] = String(error.retryAfterSeconds)
      throw error
    }
  }

  return {
    loginUser: {
      ...login,
      resolve: ((source, args, context, info) =>
        withRetryAfter(context, () =>
          signInGuardOf(context.req.payload).login(context.req, args, async () =>
            login.resolve(source, args, context, info),
          ),
        )) satisfies Resolver,
    },
    forgotPasswordUser: {
      ...forgotPassword,
      resolve: ((_source, args, context) =>
        withRetryAfter(context, async () => {
          const email = typeof args.email === 'string' ? args.email.toLowerCase().trim() : ''
          if (email) await requestPasswordReset(context.req, email)
          return true
        })) satisfies Resolver,
    },
  }
}
