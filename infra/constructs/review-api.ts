import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { SubscriptionsApi } from './subscriptions-api.js';

/** CloudFront forwards `/review*` to the API (the editors' page is served on the archive's domain). */
export const REVIEW_PATH_PREFIX = '/review';

/** GET shows a page (never changes anything); POST is an editor's action. Same paths as the local server. */
export const REVIEW_ROUTES: { path: string; methods: HttpMethod[] }[] = [
  { path: '/review', methods: [HttpMethod.GET] },
  { path: '/review/approve', methods: [HttpMethod.GET, HttpMethod.POST] },
  { path: '/review/correct', methods: [HttpMethod.POST] },
  { path: '/review/test', methods: [HttpMethod.POST] },
];

/** A handful of editors click a few times a week: a low limit stops a leaked link from being hammered. */
export const REVIEW_THROTTLE = { rateLimit: 2, burstLimit: 5 };

export interface ReviewApiProps {
  api: SubscriptionsApi;
  handler: IFunction;
}

/** The review routes on the subscriptions HTTP API, each with its own throttle on the stage. */
export class ReviewApi extends Construct {
  constructor(scope: Construct, id: string, props: ReviewApiProps) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('Review', props.handler);
    for (const route of REVIEW_ROUTES) {
      const routes = props.api.api.addRoutes({ path: route.path, methods: route.methods, integration });
      props.api.throttleRoutes(route.path, route.methods, REVIEW_THROTTLE, routes);
    }
  }
}
