// The route-definition helpers live with the route declarations in the contract (src/contract/routes/).
export { errors, json, jsonBody } from '../../contract/routes/route.ts';
