// A .client module: the server build gets an empty one, so this import does not split the server
// bundle. The pages call it only once the visitor focuses the form (useOnDemand).
export const loadAccountValidation = () => import("./account-validation.ts");
